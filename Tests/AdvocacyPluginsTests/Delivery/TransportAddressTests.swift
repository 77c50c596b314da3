import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

@Suite("--via addresses")
struct TransportAddressTests {
    static let accepted: [(text: String, address: TransportAddress)] = [
        ("sendmail", .sendmail(program: "sendmail")),
        ("sendmail:/usr/sbin/sendmail", .sendmail(program: "/usr/sbin/sendmail")),
        ("smtp://relay.example.org", .smtp(SMTPRelay(host: "relay.example.org", port: 587, security: .startTLS))),
        ("smtp://relay.example.org:2525", .smtp(SMTPRelay(host: "relay.example.org", port: 2525, security: .startTLS))),
        ("smtps://relay.example.org", .smtp(SMTPRelay(host: "relay.example.org", port: 465, security: .implicitTLS))),
        ("SMTPS://campaigns@relay.example.org:4650/", .smtp(SMTPRelay(host: "relay.example.org", port: 4650, security: .implicitTLS, user: "campaigns"))),
        ("smtp://ann%40smart.be@127.0.0.1:25", .smtp(SMTPRelay(host: "127.0.0.1", port: 25, security: .startTLS, user: "ann@smart.be"))),
        ("smtp://[::1]:2525", .smtp(SMTPRelay(host: "::1", port: 2525, security: .startTLS))),
    ]

    @Test("what --via accepts", arguments: accepted)
    func accepts(text: String, address: TransportAddress) throws {
        #expect(try TransportAddress(parsing: text) == address)
    }

    static let refused: [(text: String, message: String)] = [
        ("smtp://ann:hunter2@relay.example.org", "--via must not hold a password; give it in the variable ADVOCATE_SMTP_PASSWORD, or name a file holding it in ADVOCATE_SMTP_PASSWORD_FILE"),
        ("http://ann:hunter2@relay.example.org", "--via takes sendmail, sendmail:/path/to/program, smtp://host[:port] or smtps://host[:port]; got 'http://…@relay.example.org'"),
        ("sendmail:bin/sendmail", "--via sendmail:PATH needs an absolute path to the program, such as sendmail:/usr/sbin/sendmail"),
        ("smtp://relay.example.org:0", "the port in --via 'smtp://relay.example.org:0' is not a number from 1 to 65535"),
        ("smtp://relay.example.org:smtp", "the port in --via 'smtp://relay.example.org:smtp' is not a number from 1 to 65535"),
        ("smtp://", "--via 'smtp://' names no valid relay host"),
        ("smtp://relay example.org", "--via 'smtp://relay example.org' names no valid relay host"),
        ("smtp://[::1", "the IPv6 address in --via 'smtp://[::1' lacks its closing ']'"),
    ]

    @Test("what --via refuses, as a usage error that never repeats a password", arguments: refused)
    func refuses(text: String, message: String) {
        #expect(throws: AdvocateError(.usage, message)) { try TransportAddress(parsing: text) }
    }

    static let relays: [(host: String, loopback: Bool)] = [
        ("localhost", true), ("127.0.0.1", true), ("127.12.0.9", true), ("::1", true),
        ("relay.example.org", false), ("10.0.0.1", false), ("127.0.0.1.example.org", false), ("128.0.0.1", false),
    ]

    @Test("which relays count as this machine's", arguments: relays)
    func loopback(host: String, loopback: Bool) {
        #expect(SMTPRelay(host: host, port: 25, security: .startTLS).isLoopback == loopback)
    }

    @Test("--insecure only for a relay on loopback, and only with smtp://")
    func insecureOnlyOnLoopback() throws {
        let settings = TransportSettings(insecure: true)
        #expect(throws: AdvocateError(.usage, "--insecure is allowed only for a relay on this machine (localhost, 127.0.0.1, ::1), not 'relay.example.org': a remote relay must be reached with STARTTLS")) {
            try TransportAddress(parsing: "smtp://relay.example.org").makeTransport(settings: settings, environment: [:])
        }
        #expect(throws: AdvocateError(.usage, "--insecure applies to smtp:// only; smtps:// is always encrypted")) {
            try TransportAddress(parsing: "smtps://127.0.0.1").makeTransport(settings: settings, environment: [:])
        }
        _ = try TransportAddress(parsing: "smtp://127.0.0.1:2525").makeTransport(settings: settings, environment: [:])
    }

    @Test("the password comes from the variable or the file it names, and is never in the description")
    func password() throws {
        let project = try TemporaryProject()
        try project.write("secret", "hunter2\n")
        let fromFile = try SMTPCredentials(user: "ann", environment: ["ADVOCATE_SMTP_PASSWORD_FILE": project.root.appendingPathComponent("secret").path])
        #expect(fromFile == SMTPCredentials(user: "ann", password: "hunter2"))
        let direct = try SMTPCredentials(user: "ann", environment: ["ADVOCATE_SMTP_PASSWORD": "hunter2"])
        #expect(direct == fromFile)
        #expect(!"\(direct)".contains("hunter2"))
        #expect(throws: AdvocateError(.usage, "the relay's user 'ann' needs a password: set ADVOCATE_SMTP_PASSWORD, or name a file holding it in ADVOCATE_SMTP_PASSWORD_FILE")) {
            try TransportAddress(parsing: "smtp://ann@relay.example.org").makeTransport(settings: TransportSettings(), environment: [:])
        }
        #expect(throws: AdvocateError(.missingInput, "cannot read the password file '/nonexistent/secret' named by ADVOCATE_SMTP_PASSWORD_FILE; check that it exists and is readable")) {
            try SMTPCredentials(user: "ann", environment: ["ADVOCATE_SMTP_PASSWORD_FILE": "/nonexistent/secret"])
        }
    }
}
