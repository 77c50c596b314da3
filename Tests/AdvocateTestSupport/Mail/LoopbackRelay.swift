public import Foundation

/// A real SMTP relay on loopback (Debian's `python3-aiosmtpd`, `Tests/Harness/smtp_relay.py`)
/// that records what it accepts and does what the test tells it: refuse chosen recipients with
/// 4xx or 5xx, drop the connection after the data, stall, lack SMTPUTF8 or PIPELINING.
public final class LoopbackRelay {
    /// How the relay protects its connections.
    public enum Security: Sendable {
        /// Plain SMTP, no STARTTLS offered.
        case none
        /// STARTTLS offered and required before `MAIL`.
        case startTLS
        /// TLS from the first byte (`smtps://`).
        case implicitTLS
    }

    /// The relay's own folder: `control.json`, `messages/`.
    public let folder: URL
    /// The certificate it serves, for a client to trust; `nil` without TLS.
    public let certificate: TestCertificate?
    private let service: LoopbackService

    /// The port it listens on, on 127.0.0.1.
    public var port: Int { service.port }

    /// Starts a relay in a new folder under `parent`, requiring `login` when given (offering
    /// `AUTH LOGIN` only when `loginOnly`, else PLAIN too).
    public init(
        in parent: URL, security: Security = .startTLS, login: (user: String, password: String)? = nil,
        loginOnly: Bool = false, smtputf8: Bool = true, pipelining: Bool = true
    ) throws {
        folder = parent.appendingPathComponent("relay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var arguments = ["--dir", folder.path]
        switch security {
        case .none:
            certificate = nil
        case .startTLS, .implicitTLS:
            let certificate = try TestCertificate(in: folder)
            self.certificate = certificate
            arguments += ["--tls", security == .startTLS ? "starttls" : "implicit", "--cert", certificate.certificate.path, "--key", certificate.key.path]
        }
        if let login { arguments += ["--auth", "\(login.user):\(login.password)"] }
        if loginOnly { arguments.append("--login-only") }
        if !smtputf8 { arguments.append("--no-smtputf8") }
        if !pipelining { arguments.append("--no-pipelining") }
        service = try LoopbackService(script: HarnessScript.named("smtp_relay.py"), arguments: arguments, folder: folder)
    }

    /// Tells the relay how to behave from its next command on (see `smtp_relay.py`).
    public func control(_ json: String) throws {
        try Data(json.utf8).write(to: folder.appendingPathComponent("control.json"), options: .atomic)
    }

    /// Every message the relay recorded, in the order it received them.
    public func messages() throws -> [RelayedMessage] {
        let messages = folder.appendingPathComponent("messages")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: messages.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let record = messages.appendingPathComponent(name)
            var message = try JSONDecoder().decode(RelayedMessage.self, from: Data(contentsOf: record))
            message.bytes = Array(try Data(contentsOf: record.deletingPathExtension().appendingPathExtension("eml")))
            return message
        }
    }
}

/// One message as the relay received it.
public struct RelayedMessage: Decodable, Sendable {
    /// The envelope sender (`MAIL FROM`).
    public var sender: String
    /// The accepted recipients (`RCPT TO`).
    public var recipients: [String]
    /// The parameters after `MAIL FROM` (`SMTPUTF8`, `BODY=8BITMIME`).
    public var mailOptions: [String]
    /// Whether the connection was encrypted.
    public var tls: Bool
    /// The user the client logged in as, if it did.
    public var login: String?
    /// The client's address and port: one per connection.
    public var peer: String
    /// Whether the relay dropped the connection instead of answering the data.
    public var dropped: Bool
    /// The message bytes as received: CRLF line ends, dots un-stuffed.
    public var bytes: [UInt8] = []

    /// The bytes with CRLF turned into LF, as the message was built.
    public var bytesWithLF: [UInt8] { LineEnds.lf(bytes) }

    enum CodingKeys: String, CodingKey {
        case sender, recipients, tls, login, peer, dropped
        case mailOptions = "mail_options"
    }
}
