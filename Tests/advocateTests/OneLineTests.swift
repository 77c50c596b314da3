import AdvocacyFixtures
import Foundation
import Testing

/// One-line fields stay one line and a URL stays a URL, whichever way a text comes in: the
/// campaign's YAML, the translation records, a PO or XLIFF import, a translation engine.
struct OneLineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let expected: String
        var testDescription: String { name }
    }

    static let sample = SampleCampaign.yaml()
    static let subject = "subject: { fr: Lancement, nl: Lancering, en: Launch }"
    static let url = "url: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019H1115(01)"

    static let yamlCases: [Case] = [
        Case(name: "LF and a Bcc header in a subject", text: sample.replacingOnce(subject, with: #"subject: { fr: Lancement, nl: Lancering, en: "Launch\n Bcc: x@example.org" }"#),
             expected: "45:50: error: the English (en) text of the subject of mailing 'launch' holds a line feed (LF, U+000A) after 'Launch', but it must stay on one line, with no control characters; remove it or put a space instead"),
        Case(name: "CR in a demand title", text: sample.replacingOnce("en: A fair price }", with: #"en: "A fair\rprice" }"#),
             expected: "19:61: error: this text contains a carriage return (CR, U+000D), which cannot be shown or sent; remove its escape"),
        Case(name: "line separator in the campaign title", text: sample.replacingOnce("  en: A fair price\n", with: "  en: \"A fair\\u2028price\"\n"),
             expected: "5:7: error: the English (en) text of the campaign's title holds a line separator (LS, U+2028) after 'A fair', but it must stay on one line, with no control characters; remove it or put a space instead"),
        Case(name: "ESC in an audience title", text: sample.replacingOnce("en: Members }", with: #"en: "Members\e[2J" }"#),
             expected: "41:42: error: this text contains an escape character (ESC, U+001B), which cannot be shown or sent; remove its escape"),
        Case(name: "right-to-left override in a subject", text: sample.replacingOnce(subject, with: #"subject: { fr: Lancement, nl: Lancering, en: "Launch \u202Efdp.exe" }"#),
             expected: "45:50: error: the English (en) text of the subject of mailing 'launch' holds a bidirectional formatting character (U+202E) after 'Launch ', but it must stay on one line, with no control characters; remove it or put a space instead"),
        Case(name: "ESC in a body", text: sample.replacingOnce("en: Hello }", with: #"en: "Hello\e]8;;" }"#),
             expected: "46:41: error: this text contains an escape character (ESC, U+001B), which cannot be shown or sent; remove its escape"),
        Case(name: "LF in a source's title", text: sample.replacingOnce("title: Council Recommendation on access to social protection for workers and the self-employed", with: #"title: "Council\nRecommendation""#),
             expected: "31:12: error: the title of source 'council-2019' holds a line feed (LF, U+000A) after 'Council', but it must stay on one line, with no control characters; remove it or put a space instead"),
        Case(name: "LF in a variable a subject uses", text: sample.replacingOnce("en: Launch }", with: "en: 'Launch {{vars.who}}' }") + "vars: { who: \"x\\nBcc: x@example.org\" }\n",
             expected: "47:14: error: vars.who holds a line feed (LF, U+000A) after 'x', but it must stay on one line, with no control characters; remove it or put a space instead"),
        Case(name: "a URL breaking out of its quotes", text: sample.replacingOnce(url, with: #"url: 'https://x.example/"><script>alert(1)</script>'"#),
             expected: #"34:10: error: the url of source 'council-2019' 'https://x.example/"><script>alert(1)</script>' holds '"', which no web address holds; write it percent-encoded (%22) or remove it"#),
        Case(name: "a javascript: URL", text: sample.replacingOnce(url, with: "url: javascript:alert(1)"),
             expected: "34:10: error: the url of source 'council-2019' 'javascript:alert(1)' is a 'javascript:' address; only http and https addresses can be linked, so write one starting with https://"),
        Case(name: "an ftp: URL", text: sample.replacingOnce(url, with: "url: ftp://x.example/report.pdf"),
             expected: "34:10: error: the url of source 'council-2019' 'ftp://x.example/report.pdf' is a 'ftp:' address; only http and https addresses can be linked, so write one starting with https://"),
        Case(name: "a URL without a host", text: sample.replacingOnce(url, with: "url: https:/report.pdf"),
             expected: "34:10: error: the url of source 'council-2019' 'https:/report.pdf' names no host; write it in full, such as https://www.ilo.org/…"),
        Case(name: "a URL with a space", text: sample.replacingOnce(url, with: "url: https://x.example/a report.pdf"),
             expected: "34:10: error: the url of source 'council-2019' 'https://x.example/a report.pdf' holds a space, which no web address holds; write it percent-encoded (%20) or remove it"),
    ]

    @Test(arguments: yamlCases)
    func aYAMLTextIsRefusedAtItsPlace(_ bad: Case) throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", bad.text)
        let result = try project.advocate("validate")
        #expect(!result.crashed)
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("Campaigns/sample.yaml:\(bad.expected)"), "stderr was:\n\(result.stderr)")
    }

    static let partnerCases: [Case] = [
        Case(name: "LF and a Bcc header in the partner's name", text: SamplePartner.yaml().replacingOnce("name: Smart\n", with: #"name: "Smart\nBcc: x@example.org""# + "\n"),
             expected: "2:7: error: the partner name holds a line feed (LF, U+000A) after 'Smart', but it must stay on one line, with no control characters; remove it or put a space instead"),
        Case(name: "line separator in the sender's name", text: SamplePartner.yaml().replacingOnce("sender: { name: Smart,", with: #"sender: { name: "Smart\u2028Bcc: x@example.org","#),
             expected: "5:17: error: the name of the sender holds a line separator (LS, U+2028) after 'Smart', but it must stay on one line, with no control characters; remove it or put a space instead"),
        Case(name: "a javascript: website", text: SamplePartner.yaml() + "website: javascript:alert(1)\n",
             expected: "10:10: error: the website 'javascript:alert(1)' is a 'javascript:' address; only http and https addresses can be linked, so write one starting with https://"),
    ]

    @Test(arguments: partnerCases)
    func aPartnerFieldIsRefusedAtItsPlace(_ bad: Case) throws {
        let project = try TemporaryProject()
        try project.write("Campaigns/partners/smart-be.yaml", bad.text)
        try project.campaign("sample.yaml", Self.sample)
        let result = try project.advocate("validate")
        #expect(!result.crashed)
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("Campaigns/partners/smart-be.yaml:\(bad.expected)"), "stderr was:\n\(result.stderr)")
    }

    @Test func aControlCharacterInTheRecordsIsRefusedAtItsRecord() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.sample.replacingOnce(Self.subject, with: "subject: { fr: Lancement, en: Launch }"))
        try project.write("nl.po", Self.po("Lancering"))
        #expect(try project.advocate("i18n", "import", "nl.po").status == 0)
        let records = String(decoding: try project.read("Campaigns/translations/sample.yaml"), as: UTF8.self)
        try project.write("Campaigns/translations/sample.yaml", records.replacingOnce(#"text: "Lancering""#, with: #"text: "Lancering\nBcc: x@example.org""#))
        let result = try project.advocate("validate")
        #expect(result.status == 65)
        #expect(result.stderr.contains("Campaigns/translations/sample.yaml:11:30: error: the recorded Dutch (nl) text of 'mailings.launch.subject' holds a line feed (LF, U+000A) after 'Lancering', but it must stay on one line"),
                "stderr was:\n\(result.stderr)")
    }

    static let poHeader = "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: sample\\n\"\n\"Language: nl\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"X-Source-Language: fr\\n\"\n\n"

    static func po(_ target: String, key: String = "mailings.launch.subject", source: String = "Lancement") -> String {
        poHeader + "msgctxt \"\(key)\"\nmsgid \"\(source)\"\nmsgstr \"\(target)\"\n"
    }

    static func xliff(_ target: String, key: String = "mailings.launch.subject", source: String = "Lancement") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="nl">
          <file id="sample">
            <unit id="\(key)">
              <segment state="translated">
                <source>\(source)</source>
                <target>\(target)</target>
              </segment>
            </unit>
          </file>
        </xliff>

        """
    }

    static let importCases: [Case] = [
        Case(name: "PO: LF and a Bcc header in a subject", text: po(#"Lancering\nBcc: x@example.org"#),
             expected: "nl.po:10:1: error: the Dutch (nl) translation of 'mailings.launch.subject' holds a line feed (LF, U+000A) after 'Lancering', but it must stay on one line"),
        Case(name: "PO: CR in a subject", text: po(#"Lancering\r"#), expected: "nl.po:10:1: error: the Dutch (nl) translation of 'mailings.launch.subject' holds a carriage return (CR, U+000D)"),
        Case(name: "PO: line separator in a title", text: po("Een eerlijke\u{2028}prijs", key: "title", source: "Un juste prix"),
             expected: "nl.po:10:1: error: the Dutch (nl) translation of 'title' holds a line separator (LS, U+2028)"),
        Case(name: "PO: ESC in a body", text: po(#"Hallo\033[2J"#, key: "mailings.launch.body", source: "Bonjour"),
             expected: "nl.po:10:1: error: the Dutch (nl) translation of 'mailings.launch.body' holds an escape character (ESC, U+001B) after 'Hallo', but a text may hold line feeds and tabs"),
        Case(name: "PO: ESC in the source text", text: po("Lancering", source: #"Lancement\x1b"#),
             expected: "nl.po:10:1: error: the source text of 'mailings.launch.subject' holds an escape character (ESC, U+001B)"),
        Case(name: "XLIFF: LF and a Bcc header in a subject", text: xliff("Lancering&#10;Bcc: x@example.org"),
             expected: "nl.xlf:7:9: error: the Dutch (nl) translation of 'mailings.launch.subject' holds a line feed (LF, U+000A) after 'Lancering'"),
        Case(name: "XLIFF: CR in a subject", text: xliff("Lancering&#13;"), expected: "nl.xlf:7:9: error: the Dutch (nl) translation of 'mailings.launch.subject' holds a carriage return (CR, U+000D)"),
        Case(name: "XLIFF: line separator in a subject", text: xliff("Lancering&#x2028;"), expected: "nl.xlf:7:9: error: the Dutch (nl) translation of 'mailings.launch.subject' holds a line separator (LS, U+2028)"),
        Case(name: "XLIFF: ESC, which XML 1.0 has no reference for", text: xliff("Lancering&#x1B;[2J"), expected: "nl.xlf:7:26: error:"),
        Case(name: "XLIFF: a C1 control (CSI) in a body", text: xliff("Hallo&#x9B;2J", key: "mailings.launch.body", source: "Bonjour"),
             expected: "nl.xlf:7:9: error: the Dutch (nl) translation of 'mailings.launch.body' holds a control character (U+009B) after 'Hallo', but a text may hold line feeds and tabs"),
        Case(name: "XLIFF: NEL in a body", text: xliff("Hallo&#x85;", key: "mailings.launch.body", source: "Bonjour"),
             expected: "nl.xlf:7:9: error: the Dutch (nl) translation of 'mailings.launch.body' holds a next-line character (NEL, U+0085)"),
    ]

    /// The file is refused at its line, the records are byte for byte as they were, and the
    /// project still validates.
    @Test(arguments: importCases)
    func anImportIsRefusedWholeAndNothingIsWritten(_ bad: Case) throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.sample.replacingOnce(Self.subject, with: "subject: { fr: Lancement, en: Launch }")
            .replacingOnce("  nl: Een eerlijke prijs\n", with: "").replacingOnce("body: { fr: Bonjour, nl: Hallo, en: Hello }", with: "body: { fr: Bonjour, en: Hello }"))
        #expect(try project.advocate("i18n", "review", "sample", "--lang", "en", "--all").status == 0)
        let recordsBefore = try project.read("Campaigns/translations/sample.yaml")
        let file = bad.expected.hasPrefix("nl.po") ? "nl.po" : "nl.xlf"
        try project.write(file, bad.text)
        let result = try project.advocate("i18n", "import", file)
        #expect(!result.crashed)
        #expect(result.status == 65)
        #expect(result.stderr.contains(bad.expected), "stderr was:\n\(result.stderr)")
        #expect(try project.read("Campaigns/translations/sample.yaml") == recordsBefore)
        let validate = try project.advocate("validate")
        #expect(validate.status == 0, "stderr was:\n\(validate.stderr)")
    }

    @Test func anEngineAnsweringWithALineBreakInATitleIsRefusedAndNothingIsWritten() throws {
        let project = try TemporaryProject()
        try project.write("hook.py", """
            import json, sys
            request = json.load(sys.stdin)
            print(json.dumps({"translations": [{"key": t["key"], "text": t["text"] + "\\nBcc: x@example.org"} for t in request["texts"]]}))

            """)
        try project.campaign("sample.yaml", Self.sample.replacingOnce("  nl: Een eerlijke prijs\n", with: "")
            + "pipeline:\n  - stage: translate\n    options: { provider: command, command: [python3, hook.py] }\n  - draft\n")
        let result = try project.advocate("build", "sample", "--lang", "nl")
        #expect(!result.crashed)
        #expect(result.status == 69, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("error: stage 'translate': the engine's Dutch (nl) translation of 'title' holds a line feed (LF, U+000A) after 'Un juste prix', but it must stay on one line, with no control characters, so nothing was written"),
                "stderr was:\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Campaigns/translations/sample.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample").path))
    }

    /// A URL with a query and a fragment is linked once, escaped, in the Markdown and the HTML,
    /// as cmark-gfm and Python's HTML parser read them.
    @Test func aSoundURLIsLinkedOnceAndEscaped() throws {
        let url = "https://x.example/report?lang=fr&page=2#section-3"
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.sample.replacingOnce("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019H1115(01)", with: "'\(url)'"))
        let result = try project.advocate("build", "sample", "--lang", "fr")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let markdown = String(decoding: try project.read("out/sample/papers/fr/position-paper.md"), as: UTF8.self)
        #expect(markdown.components(separatedBy: "<\(url)>").count == 2, "markdown was:\n\(markdown)")
        let hrefs = """
            import html.parser, subprocess, sys
            class Links(html.parser.HTMLParser):
                def __init__(self):
                    super().__init__()
                    self.hrefs = []
                def handle_starttag(self, tag, attrs):
                    self.hrefs += [value for name, value in attrs if name == "href"]
            for html in [subprocess.run(["cmark-gfm", sys.argv[1]], capture_output=True, text=True, check=True).stdout, open(sys.argv[2]).read()]:
                links = Links()
                links.feed(html)
                print([href for href in links.hrefs if href.startswith("http")])
            """
        let parsed = try ExternalCheck.run("python3", ["-c", hrefs, "out/sample/papers/fr/position-paper.md", "out/sample/papers/fr/position-paper.html"], in: project.root)
        #expect(parsed.output == "['\(url)']\n['\(url)']\n", "the links were:\n\(parsed.output)")
    }
}
