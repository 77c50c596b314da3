import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// What only the SMTP transport does, against the loopback relay: TLS required and checked,
/// logins, lost connections, stalls, SMTPUTF8, connection reuse.
@Suite("SMTP transport")
struct SMTPTransportTests {
    static func transport(
        _ relay: LoopbackRelay, scheme: String = "smtp", user: String? = nil, password: String = "hunter2-secret",
        connections: Int = 1, insecure: Bool = false, trust: Bool = true, timeout: Duration = .seconds(10)
    ) throws -> any MailTransport {
        let settings = TransportSettings(
            connections: connections, commandTimeout: timeout, messageTimeout: timeout, insecure: insecure,
            trustedCertificates: trust ? relay.certificate?.certificate : nil)
        return try TransportAddress(parsing: "\(scheme)://\(user.map { "\($0)@" } ?? "")127.0.0.1:\(relay.port)")
            .makeTransport(settings: settings, environment: ["ADVOCATE_SMTP_PASSWORD": password])
    }

    static func envelope(_ recipient: String = "member@example.org", body: String = "Bonjour\n") throws -> Envelope {
        try Envelope(
            sender: "bounces@smart.example", recipient: recipient,
            message: Array("From: a@smart.example\nTo: <\(recipient)>\nSubject: s\n\n\(body)".utf8), messageID: "m@smart.example")
    }

    /// Delivers one envelope and closes the transport.
    static func once(_ transport: any MailTransport, _ envelope: Envelope) async -> DeliveryResult {
        let result = await transport.deliver(envelope)
        await transport.close()
        return result
    }

    @Test("a relay without STARTTLS is refused unless --insecure, and nothing is sent in the clear")
    func startTLSRequired() async throws {
        let project = try TemporaryProject()
        let relay = try LoopbackRelay(in: project.root, security: .none)
        let refused = await Self.once(try Self.transport(relay), try Self.envelope())
        guard case .temporaryFailure(let reply) = refused else { Issue.record("got \(refused)"); return }
        #expect(reply.step == .tls)
        #expect(reply.step.concernsRelay)
        #expect(try relay.messages().isEmpty)
        let sent = await Self.once(try Self.transport(relay, insecure: true), try Self.envelope())
        #expect(sent.isSent, "\(sent)")
        #expect(try relay.messages().map(\.tls) == [false])
    }

    @Test("STARTTLS is used when offered, and the login (PLAIN, or LOGIN alone) happens inside it", arguments: [false, true])
    func startTLSUsed(loginOnly: Bool) async throws {
        let project = try TemporaryProject()
        let relay = try LoopbackRelay(in: project.root, security: .startTLS, login: (user: "ann", password: "hunter2-secret"), loginOnly: loginOnly)
        let sent = await Self.once(try Self.transport(relay, user: "ann"), try Self.envelope())
        #expect(sent.isSent, "\(sent)")
        let message = try #require(try relay.messages().first)
        #expect(message.tls)
        #expect(message.login == "ann")
        #expect(sent.reply.code == 250)
        #expect(sent.reply.enhancedCode == "2.0.0")
    }

    @Test("a certificate nobody said to trust is refused at the TLS step", arguments: ["smtp", "smtps"])
    func untrustedCertificate(scheme: String) async throws {
        let project = try TemporaryProject()
        let relay = try LoopbackRelay(in: project.root, security: scheme == "smtp" ? .startTLS : .implicitTLS)
        let result = await Self.once(try Self.transport(relay, scheme: scheme, trust: false), try Self.envelope())
        guard case .temporaryFailure(let reply) = result else { Issue.record("got \(result)"); return }
        #expect(reply.step.concernsRelay)
        #expect(try relay.messages().isEmpty)
    }

    @Test("a wrong password is a relay problem that never shows the password")
    func wrongPassword() async throws {
        let project = try TemporaryProject()
        let relay = try LoopbackRelay(in: project.root, security: .startTLS, login: (user: "ann", password: "right-one"))
        let result = await Self.once(try Self.transport(relay, user: "ann", password: "hunter2-wrong"), try Self.envelope())
        guard case .temporaryFailure(let reply) = result else { Issue.record("got \(result)"); return }
        #expect(reply.step == .authentication)
        #expect(reply.code == 535)
        #expect(!reply.description.contains("hunter2"))
        #expect(try relay.messages().isEmpty)
    }

    @Test("a relay that is not there is a temporary failure at the connect step")
    func noRelay() async throws {
        let transport = try TransportAddress(parsing: "smtp://127.0.0.1:9")
            .makeTransport(settings: TransportSettings(commandTimeout: .seconds(5), insecure: true), environment: [:])
        let result = await Self.once(transport, try Self.envelope())
        guard case .temporaryFailure(let reply) = result else { Issue.record("got \(result)"); return }
        #expect(reply.step == .connect)
    }

    @Test("a connection lost after the data is temporary: the relay has the message, but never said so")
    func droppedAfterData() async throws {
        let project = try TemporaryProject()
        let relay = try LoopbackRelay(in: project.root, security: .none)
        try relay.control(#"{"drop_after_data": ["lost@example.org"]}"#)
        let transport = try Self.transport(relay, insecure: true)
        let lost = await transport.deliver(try Self.envelope("lost@example.org"))
        let next = await transport.deliver(try Self.envelope("next@example.org"))
        await transport.close()
        guard case .temporaryFailure(let reply) = lost else { Issue.record("got \(lost)"); return }
        #expect(reply.step == .message)
        #expect(reply.code == nil)
        #expect(next.isSent, "the transport must open a new connection after a lost one: \(next)")
        #expect(try relay.messages().map(\.dropped) == [true, false])
    }

    @Test("a relay that stalls after the data is a temporary failure once the time limit passes, not a hang")
    func stall() async throws {
        let project = try TemporaryProject()
        let relay = try LoopbackRelay(in: project.root, security: .none)
        try relay.control(#"{"stall": {"slow@example.org": 30}}"#)
        let result = await Self.once(try Self.transport(relay, insecure: true, timeout: .seconds(1)), try Self.envelope("slow@example.org"))
        guard case .temporaryFailure(let reply) = result else { Issue.record("got \(result)"); return }
        // The reply says the transport's own time limit ended the wait. How long the test took is
        // not asserted: under a loaded test run, Swift Testing's shared pool can resume the task
        // long after the limit fired (137 s seen once, for a 1 s limit).
        #expect(reply.description.contains("within 1 s"))
    }

    @Test("SMTPUTF8 is asked for when an address needs it; a relay without it refuses that recipient only")
    func smtputf8() async throws {
        let project = try TemporaryProject()
        let with = try LoopbackRelay(in: project.root, security: .none)
        let sent = await Self.once(try Self.transport(with, insecure: true), try Self.envelope("andré@exemple.be"))
        #expect(sent.isSent, "\(sent)")
        #expect(try with.messages().first?.mailOptions == ["SMTPUTF8", "BODY=8BITMIME"])
        #expect(try with.messages().first?.recipients == ["andré@exemple.be"])

        let without = try LoopbackRelay(in: project.root, security: .none, smtputf8: false)
        let transport = try Self.transport(without, insecure: true)
        let refused = await transport.deliver(try Self.envelope("andré@exemple.be"))
        let plain = await transport.deliver(try Self.envelope("andre@exemple.be"))
        await transport.close()
        guard case .permanentFailure(let reply) = refused else { Issue.record("got \(refused)"); return }
        #expect(reply.description.contains("SMTPUTF8"))
        #expect(plain.isSent)
        #expect(try without.messages().map(\.recipients) == [["andre@exemple.be"]])
    }

    @Test("connections are reused: twenty messages over at most two connections")
    func reuse() async throws {
        let project = try TemporaryProject()
        let relay = try LoopbackRelay(in: project.root, security: .startTLS)
        let transport = try Self.transport(relay, connections: 2)
        let envelopes = try (0..<20).map { try Self.envelope("m\($0)@example.org") }
        let results = await withTaskGroup(of: Bool.self) { group in
            for envelope in envelopes {
                group.addTask { await transport.deliver(envelope).isSent }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        await transport.close()
        #expect(results.allSatisfy { $0 })
        let peers = Set(try relay.messages().map(\.peer))
        #expect(try relay.messages().count == 20)
        #expect((1...2).contains(peers.count), "\(peers.count) connections")
    }
}
