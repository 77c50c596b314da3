import AdvocacyPlugins
import Testing

/// Addresses checked when made, and written in the form a header needs.
@Suite("Mail addresses")
struct MailAddressTests {
    static let valid: [(String, String, Bool)] = [
        ("jo.smith@example.org", "jo.smith@example.org", false),
        ("jo+tag@EXAMPLE.org", "jo+tag@example.org", false),
        ("\"jo smith\"@example.org", "\"jo smith\"@example.org", false),
        ("élodie@example.org", "élodie@example.org", true),
        ("info@coopérative.example", "info@xn--cooprative-e7a.example", false),
    ]

    @Test("a valid address keeps its local part and gets its ASCII domain", arguments: valid)
    func validAddress(_ written: String, _ addrSpec: String, _ needsSMTPUTF8: Bool) throws {
        let address = try MailAddress(written)
        #expect(address.addrSpec == addrSpec)
        #expect(address.needsSMTPUTF8 == needsSMTPUTF8)
    }

    static let invalid: [(String, String)] = [
        ("jo\r\nBcc: x@example.org", "it holds a line break or a NUL"),
        ("jo@example.org\0", "it holds a line break or a NUL"),
        ("jo.example.org", "it has no '@'"),
        ("@example.org", "there is nothing before the '@'"),
        ("jo@", "there is no domain after the '@'"),
        ("jo..smith@example.org", "it has two dots in a row"),
        ("jo smith@example.org", "it holds a space"),
        ("\"jo@example.org", "its quoted local part has no closing quote"),
    ]

    @Test("an invalid address is refused with the reason", arguments: invalid)
    func invalidAddress(_ written: String, _ why: String) {
        #expect(throws: MessageError(.invalidAddress(address: written, why: why))) { try MailAddress(written) }
    }

    @Test("a display name with a line break is refused")
    func nameWithLineBreak() {
        #expect(throws: MessageError.self) { try MailAddress("jo@example.org", displayName: "Jo\r\nBcc: x@example.org") }
    }
}
