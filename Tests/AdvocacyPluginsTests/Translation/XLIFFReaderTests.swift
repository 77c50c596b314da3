import AdvocacyCore
import AdvocacyPlugins
import Testing

extension TranslationExchangeTests {
    @Suite struct XLIFFReaderTests {
        /// A file around `units`, which start on line 4.
        static func xliff(_ units: String) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
            <file id="decent-work">
            \(units)
            </file>
            </xliff>
            """
        }

        static func read(_ text: String) -> ExchangeReading {
            ExchangeFormat.xliff.read(Array(text.utf8), file: "fr.xlf")
        }

        static let billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
            \((1...9).map { level in "  <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">" }.joined(separator: "\n"))
            ]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">&lol9;</xliff>
            """

        @Test(arguments: [
            ("DOCTYPE", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff>\n<xliff/>",
             "fr.xlf:2:1: error: a DOCTYPE is refused: advocate reads XLIFF without DTDs, so that no entity can be declared, fetched or expanded; remove the <!DOCTYPE …> declaration"),
            ("external entity", "<?xml version=\"1.0\"?>\n  <!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff>&x;</xliff>",
             "fr.xlf:2:3: error: a DOCTYPE is refused: advocate reads XLIFF without DTDs, so that no entity can be declared, fetched or expanded; remove the <!DOCTYPE …> declaration"),
            ("billion laughs", billionLaughs,
             "fr.xlf:2:1: error: a DOCTYPE is refused: advocate reads XLIFF without DTDs, so that no entity can be declared, fetched or expanded; remove the <!DOCTYPE …> declaration"),
            ("DOCTYPE after the root", "<xliff/>\n<!DOCTYPE xliff>",
             "fr.xlf:2:1: error: a DOCTYPE is refused: advocate reads XLIFF without DTDs, so that no entity can be declared, fetched or expanded; remove the <!DOCTYPE …> declaration"),
            ("entity declaration in content", "<xliff>\n <!ENTITY x \"y\"></xliff>",
             "fr.xlf:2:2: error: markup declarations (<!…>) are refused in XLIFF; remove this one"),
            ("undeclared entity", xliff("<unit id=\"k\"><segment><source>A &nbsp; B</source></segment></unit>"),
             "fr.xlf:4:33: error: the entity '&nbsp;' is not defined: only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#233; are allowed"),
            ("bare ampersand", xliff("<unit id=\"k\"><segment><source>A & B</source></segment></unit>"),
             "fr.xlf:4:33: error: '&' starts a reference here; write &amp; for the character &"),
            ("reference to a control character", xliff("<unit id=\"k\"><segment><source>&#1;</source></segment></unit>"),
             "fr.xlf:4:31: error: this character reference does not name a character XML allows; write &#233; or &#xE9; for é"),
            ("raw control character", xliff("<unit id=\"k\"><segment><source>a\u{1}</source></segment></unit>"),
             "fr.xlf:4:32: error: the character U+0001 is not allowed in XML; remove it"),
            ("mismatched end tag", xliff("<unit id=\"k\"><segment><source>A</target></segment></unit>"),
             "fr.xlf:4:32: error: expected </source> to close the element opened at line 4, column 23"),
            ("unclosed element", "<xliff>\n<file>",
             "fr.xlf:2:1: error: the element <file> is not closed"),
            ("duplicate attribute", "<xliff a=\"1\" a=\"2\"/>",
             "fr.xlf:1:14: error: the attribute a is given twice; keep one"),
            ("undeclared prefix", "<x:xliff/>",
             "fr.xlf:1:2: error: the namespace prefix 'x' is not declared; add xmlns:x=\"…\""),
            ("another encoding", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><xliff/>",
             "fr.xlf:1:21: error: the document declares the encoding 'ISO-8859-1'; save it as UTF-8 and declare encoding=\"UTF-8\""),
            ("XLIFF 1.2 without a file", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>",
             "fr.xlf:1:1: error: the file has no <file> element; it should hold the campaign's units"),
            ("inline code that is no placeholder", xliff("<unit id=\"k\"><segment><source>Hi</source><target>Hi <ph id=\"1\"/></target></segment></unit>"),
             "fr.xlf:4:53: error: <ph id=\"1\"> does not say which placeholder it is, and the source has no code with its id; keep the code as it was sent"),
            ("inline code hiding text", xliff("<unit id=\"k\"><segment><source>Hi</source><target>Hi <ph id=\"1\" equiv=\"Bcc: x\"/></target></segment></unit>"),
             "fr.xlf:4:53: error: <ph> stands for 'Bcc: x', which is not one placeholder such as {{vars.organisation}}"),
            ("paired inline code", xliff("<unit id=\"k\"><segment><source>Hi</source><target>Hi <pc id=\"1\">x</pc></target></segment></unit>"),
             "fr.xlf:4:53: error: the inline code <pc> is not supported: advocate writes each placeholder such as {{name}} as one <ph>; remove the code and keep its text"),
            ("unknown element", xliff("<group id=\"g\"/>"),
             "fr.xlf:4:1: error: unexpected element <group> in <file>; advocate expects <notes> or <unit> here"),
            ("two segments", xliff("<unit id=\"k\"><segment><source>A</source></segment><segment><source>B</source></segment></unit>"),
             "fr.xlf:4:1: error: the unit 'k' has 2 segments; advocate writes exactly one per unit, keep it so"),
            ("translated without target", xliff("<unit id=\"k\"><segment state=\"translated\"><source>A</source></segment></unit>"),
             "fr.xlf:4:14: error: the unit 'k' is translated but has no target; translate it or set state=\"initial\""),
            ("unknown state", xliff("<unit id=\"k\"><segment state=\"done\"><source>A</source></segment></unit>"),
             "fr.xlf:4:23: error: the state 'done' of unit 'k' is not an XLIFF 2.0 state; use initial, translated, reviewed or final"),
            ("unit without id", xliff("<unit><segment><source>A</source></segment></unit>"),
             "fr.xlf:4:1: error: <unit> needs the attribute id"),
            ("text in a unit", xliff("<unit id=\"k\">stray<segment><source>A</source></segment></unit>"),
             "fr.xlf:4:14: error: text is not allowed directly in <unit>"),
        ])
        func refusesWithThePlaceAtFault(_ name: String, text: String, expected: String) {
            let reading = Self.read(text)
            #expect(reading.diagnostics.map(\.description) == [expected], "\(name)")
            #expect(reading.document == nil, "\(name)")
        }

        @Test func reportsEveryStructuralProblemAtOnce() {
            let reading = Self.read(Self.xliff("""
                <unit id="a"><segment state="done"><source>A</source></segment></unit>
                <unit id="a"><segment><source>B</source></segment></unit>
                <group/>
                """))
            #expect(reading.diagnostics.map(\.location.line) == [4, 5, 6])
            #expect(reading.diagnostics[1].notes == [Diagnostic.Note("the first unit 'a' is here", at: SourceLocation(file: "fr.xlf", line: 4, column: 7))])
        }

        /// What translation tools add to a file advocate wrote, and XLIFF allows.
        @Test func readsWhatOtherToolsWrite() throws {
            let reading = Self.read("""
                \u{FEFF}<?xml version='1.0' encoding='utf-8'?>
                <!-- saved by a translation tool -->
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"
                       version="2.1" srcLang="en-GB" trgLang="fr-BE">
                  <file id="decent-work" original="decent-work.yaml">
                    <notes><note>file note</note></notes>
                    <unit id="a" translate="yes">
                      <mtc:matches><mtc:match ref="#1"><source>A</source><target>Un</target></mtc:match></mtc:matches>
                      <notes><note category="context">Title</note><note priority="1">Check the tone</note></notes>
                      <segment state="final"><source>A <![CDATA[<b>]]> &#233;&#xE9; &apos;</source><target xml:lang="fr"><mrk id="m1" type="term">Un</mrk><sm id="s"/> <em startRef="s"/>é<cp hex="7"/></target></segment>
                    </unit>
                    <unit id="b"><segment><source>B</source><target></target></segment></unit>
                    <unit id="c"><segment><source>C</source><target>Cé</target></segment></unit>
                  </file>
                </xliff>
                """)
            #expect(reading.diagnostics == [])
            let document = try #require(reading.document)
            #expect(document.sourceLanguage == LanguageCode("en"))
            #expect(document.targetLanguage == LanguageCode("fr"))
            #expect(document.units == [
                ExchangeUnit(key: "a", source: "A <b> éé '", target: "Un é\u{7}", state: .reviewed, note: "Title\nCheck the tone"),
                ExchangeUnit(key: "b", source: "B", state: .new),
                ExchangeUnit(key: "c", source: "C", target: "Cé", state: .needsReview(.draft)),
            ])
            #expect(reading.locations.targetLanguage == SourceLocation(file: "fr.xlf", line: 4, column: 38))
            #expect(reading.locations.translations["a"] == SourceLocation(file: "fr.xlf", line: 10, column: 84))
        }
    }
}
