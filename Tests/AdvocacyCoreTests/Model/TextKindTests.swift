import AdvocacyCore
import Testing

/// What each kind of text may hold, character by character, and which web addresses pass.
struct TextKindTests {
    @Test(arguments: [
        ("a title", "Un juste prix", true, true),
        ("a line feed", "Launch\nBcc: x@example.org", false, true),
        ("a tab", "a\tb", false, true),
        ("a carriage return", "a\r\nb", false, false),
        ("an escape", "a\u{1B}[2Jb", false, false),
        ("a NUL", "a\u{0}b", false, false),
        ("DEL", "a\u{7F}b", false, false),
        ("a next-line character", "a\u{85}b", false, false),
        ("a line separator", "a\u{2028}b", false, true),
        ("a paragraph separator", "a\u{2029}b", false, true),
        ("a right-to-left override", "a\u{202E}b", false, true),
        ("a right-to-left isolate", "a\u{2067}b\u{2069}", false, true),
        ("right-to-left marks and text", "\u{200F}שלום\u{200E} عربي\u{061C}", true, true),
        ("a no-break space and emoji", "a\u{A0}b ✊🏽", true, true),
    ])
    func holds(_ what: String, text: String, asLine: Bool, asMultiline: Bool) {
        #expect((TextKind.line.violation(in: text) == nil) == asLine, "\(what) as one line")
        #expect((TextKind.multiline.violation(in: text) == nil) == asMultiline, "\(what) as several lines")
    }

    @Test func aViolationSaysWhatAndWhere() {
        let violation = TextKind.line.violation(in: String(repeating: "x", count: 40) + "\n\tBcc: x@example.org")
        #expect(violation?.message(for: "the subject") == "the subject holds a line feed (LF, U+000A) after '…" + String(repeating: "x", count: 30)
            + "', but it must stay on one line, with no control characters; remove it or put a space instead")
        #expect(TextKind.multiline.violation(in: "\u{1B}")?.message(for: "the body")
            == "the body holds an escape character (ESC, U+001B) at its start, but a text may hold line feeds and tabs, but no other control characters; remove it")
    }

    @Test(arguments: [
        ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019H1115(01)", nil),
        ("http://x.example/report?lang=fr&page=2#part-3", nil),
        ("HTTPS://X.EXAMPLE/", nil),
        ("https://x.example/\"><script>", "holds '\"', which no web address holds; write it percent-encoded (%22) or remove it"),
        ("https://x.example/<b>", "holds '<', which no web address holds; write it percent-encoded (%3C) or remove it"),
        ("https://x.example/a\\b", "holds '\\', which no web address holds; write it percent-encoded (%5C) or remove it"),
        ("https://x.example/a'b", "holds ''', which no web address holds; write it percent-encoded (%27) or remove it"),
        ("https://x.example/\u{A0}", "holds a blank, which no web address holds; write it percent-encoded (%C2%A0) or remove it"),
        ("https://x.example/\u{1B}", "holds an escape character (ESC, U+001B), which no web address holds; remove it"),
        ("javascript:alert(1)", "is a 'javascript:' address; only http and https addresses can be linked, so write one starting with https://"),
        ("data:text/html,x", "is a 'data:' address; only http and https addresses can be linked, so write one starting with https://"),
        ("ftp://x.example/", "is a 'ftp:' address; only http and https addresses can be linked, so write one starting with https://"),
        ("https:///path", "names no host; write it in full, such as https://www.ilo.org/…"),
        ("www.ilo.org", "is not a web address; write it in full, such as https://www.ilo.org/…"),
    ] as [(String, String?)])
    func webAddress(_ text: String, problem: String?) {
        #expect(WebAddress.problem(with: text) == problem)
    }

    @Test func aWebAddressIsWrittenPercentEncoded() {
        #expect(WebAddress.percentEncoded("https://fr.wikipedia.org/wiki/Économie?a=1&b=<2>") == "https://fr.wikipedia.org/wiki/%C3%89conomie?a=1&b=%3C2%3E")
    }
}
