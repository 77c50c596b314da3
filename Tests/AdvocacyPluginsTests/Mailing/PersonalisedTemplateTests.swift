import AdvocacyPlugins
import Testing

/// Placeholders compiled once and filled per recipient, each value escaped for where it goes.
@Suite("Personalised templates")
struct PersonalisedTemplateTests {
    static let values: PlaceholderValues = [
        "recipient.first_name": "[x](https://evil.example)", "recipient.last_name": "<b>Jo</b> & \"co\" 'n'",
        "campaign.title": "Travail décent", "paper.url": "https://coop.example/p?a=1&b=2",
    ]

    static let cases: [(String, PersonalisedTemplate.Escaping, String, String)] = [
        ("text keeps values as they are", .text, "Dear {{recipient.first_name}} {{ recipient.last_name }},",
         "Dear [x](https://evil.example) <b>Jo</b> & \"co\" 'n',"),
        ("HTML escapes values", .html, "<p>Dear {{recipient.last_name}}</p>",
         "<p>Dear &lt;b&gt;Jo&lt;/b&gt; &amp; &quot;co&quot; &#39;n&#39;</p>"),
        ("a URL placeholder percent-encoded by Markdown", .html, "<a href=\"%7B%7Bpaper.url%7D%7D\">paper</a>",
         "<a href=\"https://coop.example/p?a=1&amp;b=2\">paper</a>"),
        ("percent-encoded braces are literal in text", .text, "%7B%7Bpaper.url%7D%7D", "%7B%7Bpaper.url%7D%7D"),
        ("a subject", .header(field: "Subject"), "{{campaign.title}}: {{recipient.first_name}}", "Travail décent: [x](https://evil.example)"),
        ("the same placeholder twice", .text, "{{campaign.title}}/{{campaign.title}}", "Travail décent/Travail décent"),
        ("a single brace is literal", .text, "{x} {{campaign.title}}}", "{x} Travail décent}"),
    ]

    @Test("values are filled and escaped for their place", arguments: cases)
    func fills(_ name: String, _ escaping: PersonalisedTemplate.Escaping, _ text: String, _ expected: String) throws {
        #expect(try PersonalisedTemplate(text, escaping: escaping).filled(Self.values) == expected, "\(name)")
    }

    @Test("it reports the placeholders it uses and those a recipient lacks")
    func placeholders() throws {
        let template = try PersonalisedTemplate("{{a}} {{b.c}} {{a}} {{vars.x-y_z}}", escaping: .text)
        #expect(template.placeholders == ["a", "b.c", "vars.x-y_z"])
        #expect(template.missing(in: ["a": "1"]) == ["b.c", "vars.x-y_z"])
        #expect(throws: MessageError(.missingValue(name: "b.c"))) { try template.filled(["a": "1", "vars.x-y_z": ""]) }
    }

    @Test("a header value with a line break is refused", arguments: ["Jo\r\nBcc: x@example.org", "Jo\nBcc: x@example.org", "Jo\0"])
    func headerLineBreak(_ value: String) throws {
        let template = try PersonalisedTemplate("Hello {{recipient.first_name}}", escaping: .header(field: "Subject"))
        #expect(throws: MessageError(.lineBreakInHeader(field: "Subject"))) { try template.filled(["recipient.first_name": value]) }
    }

    static let malformed: [(String, Int, String)] = [
        ("Hello {{name", 6, "has no closing '}}'"),
        ("{{}}", 0, "holds no name"),
        ("a {{#section}}", 2, "holds something other than a name (letters, digits, '_', '-' and dots)"),
        ("{{ two words }}", 0, "holds something other than a name (letters, digits, '_', '-' and dots)"),
    ]

    @Test("a malformed placeholder is refused with its offset", arguments: malformed)
    func malformedPlaceholder(_ text: String, _ offset: Int, _ why: String) {
        #expect(throws: MessageError(.malformedPlaceholder(offset: offset, why: why))) { try PersonalisedTemplate(text, escaping: .text) }
    }
}
