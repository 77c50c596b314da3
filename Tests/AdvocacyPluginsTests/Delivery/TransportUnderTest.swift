import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// One implementation of ``MailTransport`` set up against its real counterpart, for the shared
/// contract test: the transport, what the other side received, and a way to make the other side
/// refuse a recipient for good or for now.
struct TransportUnderTest: CustomTestStringConvertible, Sendable {
    /// What a test can do with a set-up transport.
    final class Rig {
        let transport: any MailTransport
        let received: () throws -> [(sender: String, recipient: String, bytes: [UInt8])]
        let refuse: (_ recipient: String, _ permanently: Bool) throws -> Void
        /// Keeps the relay or stand-in alive as long as the rig.
        let keepAlive: Any

        init(
            transport: any MailTransport, keepAlive: Any,
            received: @escaping () throws -> [(sender: String, recipient: String, bytes: [UInt8])],
            refuse: @escaping (_ recipient: String, _ permanently: Bool) throws -> Void
        ) {
            self.transport = transport
            self.keepAlive = keepAlive
            self.received = received
            self.refuse = refuse
        }
    }

    let name: String
    let make: @Sendable (_ folder: URL, _ connections: Int) throws -> Rig

    var testDescription: String { name }

    /// Every transport advocate has, each against its counterpart.
    static let all: [TransportUnderTest] = [
        TransportUnderTest(name: "sendmail (recording stand-in)") { folder, connections in
            let standIn = try SendmailStandIn(in: folder)
            let transport = try SendmailTransport(program: standIn.program.path, settings: TransportSettings(connections: connections, workingDirectory: folder))
            return Rig(transport: transport, keepAlive: standIn, received: {
                try standIn.runs().filter { $0.exit == 0 }.map { run in
                    (sender: run.arguments[2], recipient: run.arguments[4], bytes: run.input)
                }
            }, refuse: { recipient, permanently in
                try standIn.control(#"{"exit": {"\#(recipient)": \#(permanently ? 1 : 75)}}"#)
            })
        },
        smtp("SMTP with STARTTLS and AUTH", security: .startTLS, login: true),
        smtp("SMTPS (TLS from the start) and AUTH", security: .implicitTLS, login: true),
        smtp("SMTP on loopback without TLS (--insecure)", security: .none, login: false),
        smtp("SMTP without PIPELINING", security: .startTLS, login: false, pipelining: false),
    ]

    private static func smtp(
        _ name: String, security: LoopbackRelay.Security, login: Bool, pipelining: Bool = true
    ) -> TransportUnderTest {
        TransportUnderTest(name: name) { folder, connections in
            let relay = try LoopbackRelay(
                in: folder, security: security, login: login ? (user: "campaigns", password: "hunter2-secret") : nil,
                pipelining: pipelining)
            let scheme = security == .implicitTLS ? "smtps" : "smtp"
            let user = login ? "campaigns@" : ""
            let settings = TransportSettings(
                connections: connections, commandTimeout: .seconds(10), messageTimeout: .seconds(10),
                insecure: security == .none, trustedCertificates: relay.certificate?.certificate)
            let transport = try TransportAddress(parsing: "\(scheme)://\(user)127.0.0.1:\(relay.port)")
                .makeTransport(settings: settings, environment: ["ADVOCATE_SMTP_PASSWORD": "hunter2-secret"])
            return Rig(transport: transport, keepAlive: relay, received: {
                try relay.messages().filter { !$0.dropped }.flatMap { message in
                    message.recipients.map { (sender: message.sender, recipient: $0, bytes: message.bytesWithLF) }
                }
            }, refuse: { recipient, permanently in
                try relay.control(#"{"rcpt": {"\#(recipient)": "\#(permanently ? "550 5.1.1 no such user" : "451 4.3.0 try later")"}}"#)
            })
        }
    }
}
