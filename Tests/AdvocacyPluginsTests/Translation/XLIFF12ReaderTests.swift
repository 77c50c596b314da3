import AdvocacyCore
import AdvocacyPlugins
import Testing

extension TranslationExchangeTests {
    /// XLIFF 1.2 as CAT tools and translate-toolkit write it: keys, states, inline codes.
    @Suite struct XLIFF12ReaderTests {
        /// A 1.2 file of the campaign `sample` from French into Dutch around `units`.
        static func xliff(_ units: String) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
            <file original="sample" source-language="fr" target-language="nl" datatype="plaintext"><body>
            \(units)
            </body></file>
            </xliff>
            """
        }

        static func read(_ text: String) -> ExchangeReading {
            ExchangeFormat.xliff.read(Array(text.utf8), file: "nl.xlf")
        }

        @Test(arguments: [
            ("signed off", "<trans-unit id=\"1\" resname=\"title\"><source>A</source><target state=\"signed-off\">B</target></trans-unit>", ExchangeState.reviewed),
            ("final", "<trans-unit id=\"1\" resname=\"title\"><source>A</source><target state=\"final\">B</target></trans-unit>", .reviewed),
            ("translated though approved", "<trans-unit id=\"1\" resname=\"title\" approved=\"yes\"><source>A</source><target state=\"translated\">B</target></trans-unit>", .translated),
            ("approved without a state", "<trans-unit id=\"1\" resname=\"title\" approved=\"yes\"><source>A</source><target>B</target></trans-unit>", .reviewed),
            ("not approved", "<trans-unit id=\"1\" resname=\"title\" approved=\"no\"><source>A</source><target>B</target></trans-unit>", .needsReview(.draft)),
            ("needs review", "<trans-unit id=\"1\" resname=\"title\"><source>A</source><target state=\"needs-review-translation\">B</target></trans-unit>", .needsReview(.draft)),
            ("no state", "<trans-unit id=\"1\" resname=\"title\"><source>A</source><target>B</target></trans-unit>", .translated),
            ("no target", "<trans-unit id=\"1\" resname=\"title\"><source>A</source></trans-unit>", .new),
        ])
        func mapsTheStates(_ name: String, unit: String, expected: ExchangeState) throws {
            let reading = Self.read(Self.xliff(unit))
            let document = try #require(reading.document, "\(name): \(reading.diagnostics)")
            #expect(document.units.map(\.state) == [expected], "\(name)")
            #expect(document.units.map(\.key) == ["title"])
        }

        @Test func readsPlaceholdersFromTheirInlineCodes() throws {
            let reading = Self.read(Self.xliff("""
                <group id="g"><trans-unit id="7" resname="summary">
                <source>Les membres de <x id="1" equiv-text="{{vars.organisation}}"/> et <ph id="2">{{ vars.city }}</ph>, <g id="3">vite</g>.</source>
                <target state="translated"><g id="3">Snel</g>: <ph id="2">{{ vars.city }}</ph> en <x id="1"/>.</target>
                </trans-unit></group>
                """))
            let unit = try #require(reading.document?.units.first, "\(reading.diagnostics)")
            #expect(unit.source == "Les membres de {{vars.organisation}} et {{ vars.city }}, vite.")
            #expect(unit.target == "Snel: {{ vars.city }} en {{vars.organisation}}.")
        }

        @Test func takesTheKeyTranslateToolkitKeepsAndItsGettextHeader() throws {
            // What po2xliff makes of advocate's PO file: msgctxt dropped, the `#:` key kept, the header a unit.
            let reading = Self.read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
                  <file original="nl.po" source-language="en-US" datatype="po" target-language="nl">
                    <body>
                      <trans-unit xml:space="preserve" id="2" approved="no" restype="x-gettext-domain-header">
                        <source>Project-Id-Version: sample
                Language: nl
                X-Source-Language: fr
                </source>
                      </trans-unit>
                      <trans-unit xml:space="preserve" id="3" approved="yes">
                        <source>Un juste prix</source>
                        <target state="translated">Een eerlijke prijs</target>
                        <context-group name="po-reference" purpose="location">
                          <context context-type="sourcefile">demands.fair-price.title</context>
                        </context-group>
                        <note from="developer">The title of the demand 'fair-price'.</note>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """)
            let document = try #require(reading.document, "\(reading.diagnostics)")
            #expect(document.campaign == "sample")
            #expect(document.sourceLanguage.code == "fr")
            #expect(document.targetLanguage.code == "nl")
            #expect(document.units == [ExchangeUnit(
                key: "demands.fair-price.title", source: "Un juste prix", target: "Een eerlijke prijs", state: .translated,
                note: "The title of the demand 'fair-price'.")])
        }

        @Test(arguments: [
            ("unknown state", "<trans-unit id=\"1\" resname=\"title\"><source>A</source><target state=\"done\">B</target></trans-unit>",
             "nl.xlf:4:62: error: the state 'done' of unit 'title' is not an XLIFF 1.2 state; use translated, signed-off, final or a needs-… state"),
            ("a code with no placeholder", "<trans-unit id=\"1\" resname=\"title\"><source>A</source><target>B <x id=\"9\"/></target></trans-unit>",
             "nl.xlf:4:64: error: <x id=\"9\"> does not say which placeholder it is, and the source has no code with its id; keep the code as it was sent"),
            ("a paired code", "<trans-unit id=\"1\" resname=\"title\"><source>A</source><target>B <bpt id=\"9\">&lt;b&gt;</bpt></target></trans-unit>",
             "nl.xlf:4:64: error: the inline code <bpt> is not supported: advocate writes each placeholder such as {{name}} as one <x>; remove the code and keep its text"),
            ("the same key twice", "<trans-unit id=\"1\" resname=\"title\"><source>A</source></trans-unit><trans-unit id=\"2\" resname=\"title\"><source>A</source></trans-unit>",
             "nl.xlf:4:86: error: the key 'title' has a second unit; keep one unit per text"),
        ])
        func reportsWhatItCannotRead(_ name: String, unit: String, expected: String) {
            let reading = Self.read(Self.xliff(unit))
            #expect(reading.document == nil, "\(name)")
            #expect(reading.diagnostics.map(\.description).contains { $0.hasPrefix(expected) }, "\(name): \(reading.diagnostics.map(\.description))")
        }
    }
}
