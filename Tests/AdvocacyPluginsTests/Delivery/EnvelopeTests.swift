import AdvocacyCore
import AdvocacyPlugins
import Testing

@Suite("Envelopes")
struct EnvelopeTests {
    static let badAddresses: [(address: String, problem: String)] = [
        ("", "is empty"),
        ("-oQ/tmp/x@example.org", "starts with '-'"),
        ("ann@example.org\r\nRCPT TO:<eve@example.org>", "holds a space, a control character or an angle bracket"),
        ("ann@example.org> NOTIFY=NEVER", "holds a space, a control character or an angle bracket"),
        ("ann smith@example.org", "holds a space, a control character or an angle bracket"),
        ("ann.example.org", "is not of the form local@domain"),
        ("ann@", "is not of the form local@domain"),
    ]

    @Test("an address that could smuggle a command or an option is refused", arguments: badAddresses)
    func refusesBadRecipient(address: String, problem: String) {
        #expect(throws: AdvocateError.self) {
            try Envelope(sender: "bounces@example.org", recipient: address, message: [], messageID: "m@x")
        }
        do {
            _ = try Envelope(sender: address, recipient: "ann@example.org", message: [], messageID: "m@x")
            Issue.record("accepted the sender '\(address)'")
        } catch {
            #expect(error.kind == .invalidInput)
            #expect(error.message.contains(problem))
            #expect(!error.message.contains("\r"))
        }
    }

    static let utf8: [(recipient: String, headers: String, needed: Bool)] = [
        ("ann@example.org", "Subject: =?utf-8?q?=C3=89conomie?=", false),
        ("anné@example.org", "Subject: plain", true),
        ("ann@exämple.org", "Subject: plain", true),
        ("ann@example.org", "Subject: Économie", true),
    ]

    @Test("SMTPUTF8 is needed for a non-ASCII address or header, not for a non-ASCII body", arguments: utf8)
    func needsSMTPUTF8(recipient: String, headers: String, needed: Bool) throws {
        let message = Array("\(headers)\nTo: x\n\nCorps: économie\n".utf8)
        let envelope = try Envelope(sender: "bounces@example.org", recipient: recipient, message: message, messageID: "m@x")
        #expect(envelope.needsSMTPUTF8 == needed)
        #expect(envelope.hasEightBitData)
    }
}
