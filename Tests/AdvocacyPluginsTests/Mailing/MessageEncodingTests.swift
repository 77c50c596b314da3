import AdvocacyPlugins
import Testing

/// Bodies and subjects that a careless encoder would damage, each written and read back by
/// Python's `email` package: no defect anywhere, the decoded text equal to the input, no line
/// longer than 998 octets.
@Suite("Message encoding")
struct MessageEncodingTests {
    static let bodies: [(String, String)] = [
        ("plain ASCII", "Madame la Ministre,\n\nNous vous écrivons.\n"),
        ("trailing spaces and tabs", "line with spaces   \nline with tab\t\nlast  "),
        ("a lone dot line", "before\n.\nafter\n"),
        ("a dot starting a line", ".hidden\n..two\n"),
        ("From at a line start", "From here on\nFrom \n>From quoted\n"),
        ("a 5,000-character line", String(repeating: "abcdefghij", count: 500) + "\n"),
        ("5,000 spaces", String(repeating: " ", count: 5000)),
        ("a 5,000-character non-ASCII line", String(repeating: "é", count: 5000)),
        ("CRLF line breaks", "one\r\ntwo\r\n"),
        ("a lone CR", "one\rtwo\n"),
        ("equals and the boundary prefix", "a=b\n=_advocate_1\n--=_advocate_1\n"),
        ("controls and NUL", "bell\u{7} nul\u{0} end\n"),
        ("emoji and combining marks", "Merci 🙏 e\u{301}\n"),
        ("no final line break", "just this"),
        ("empty", ""),
    ]

    @Test("a text part survives exactly", arguments: bodies)
    func textSurvives(_ name: String, _ text: String) throws {
        let template = try MessageSamples.template(subject: "Test", text: text)
        let message = try PythonEmail.read(try MessageSamples.encode(template))
        #expect(message.defects.isEmpty, "\(name): \(message.defects)")
        let expected = text.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(message.parts.first?.content == expected, "\(name)")
        #expect(message.parts.first?.type == "text/plain")
        #expect(message.longestLine <= 78, "\(name): a line of \(message.longestLine)")
    }

    static let subjects: [(String, String)] = [
        ("ASCII", "Decent work: our demands"),
        ("non-ASCII", "Travail décent : nos revendications"),
        ("a literal encoded word", "=?UTF-8?Q?=0A?="),
        ("an encoded word in text", "Re: =?utf-8?b?SGk=?= friends"),
        ("a long non-ASCII subject", String(repeating: "Équité salariale pour toutes et tous — ", count: 6)),
        ("a long ASCII subject", String(repeating: "Decent work for everyone ", count: 8)),
        ("double spaces", "two  spaces"),
        ("a leading space", " leading"),
        ("an underscore and question mark", "what_now? 100% = yes"),
        ("a tab", "tab\there"),
        ("a word longer than a line", String(repeating: "x", count: 120)),
        ("empty", ""),
    ]

    @Test("a subject decodes to the input", arguments: subjects)
    func subjectSurvives(_ name: String, _ subject: String) throws {
        let template = try MessageTemplate(subject: PersonalisedTemplate(literal: subject, escaping: .header(field: "Subject")), body: .text(TextPart(.plain, text: "x")))
        let message = try PythonEmail.read(try MessageSamples.encode(template))
        #expect(message.defects.isEmpty, "\(name): \(message.defects)")
        #expect(message.headers["Subject"] == subject, "\(name)")
        #expect(message.longestLine <= 78, "\(name): a line of \(message.longestLine)")
    }

    static let names: [(String, String)] = [
        ("atoms", "Sophie Dubois"),
        ("non-ASCII", "Élodie Lœillet-Van de Velde"),
        ("specials", "Dubois, Sophie (Cabinet)"),
        ("quotes and backslash", "Jo \"the boss\" \\ Smith"),
        ("an encoded word", "=?UTF-8?Q?Eve?="),
        ("markup", "<b>Jo</b> [x](https://evil.example)"),
        ("long non-ASCII", Array(repeating: "Ministre fédérale", count: 6).joined(separator: " ")),
        ("non-ASCII words side by side", "Ministre fédérale Élodie Lœillet"),
    ]

    @Test("a display name decodes to the input", arguments: names)
    func displayNameSurvives(_ name: String, _ displayName: String) throws {
        let recipient = try MailAddress("jo@example.org", displayName: displayName)
        let template = try MessageSamples.template(subject: "Test", text: "x")
        let message = try PythonEmail.read(try MessageSamples.encode(template, to: recipient))
        #expect(message.defects.isEmpty, "\(name): \(message.defects)")
        #expect(message.addresses["To"] == [PythonEmail.Address(name: displayName, address: "jo@example.org")], "\(name)")
        #expect(message.longestLine <= 78, "\(name): a line of \(message.longestLine)")
    }
}

/// Attachments' file names, which RFC 2231 carries when they are not short ASCII.
@Suite("Attachment names")
struct AttachmentNameTests {
    static let names = [
        "position.pdf", "position-travail-décent.pdf", "a \"quoted\" name.pdf",
        String(repeating: "très-long-nom-", count: 12) + ".pdf", "=?UTF-8?Q?x?=.pdf",
    ]

    @Test("an attachment's file name decodes to the input, on lines of at most 78", arguments: names)
    func filename(_ name: String) throws {
        let template = try MessageTemplate(subject: "x", body: .multipart(.mixed, [.text(TextPart(.plain, text: "x")), .attachment(Attachment([1, 2, 3], filename: name))]))
        let message = try PythonEmail.read(try MessageSamples.encode(template))
        #expect(message.defects.isEmpty)
        #expect(message.parts.last?.filename == name)
        #expect(message.parts.last?.content == "010203")
        #expect(message.longestLine <= 78)
    }
}
