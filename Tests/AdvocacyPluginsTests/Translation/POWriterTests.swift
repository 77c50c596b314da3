import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

extension TranslationExchangeTests {
    @Suite struct POWriterTests {
        private let document = ExchangeDocument(
            campaign: "decent-work", sourceLanguage: LanguageCode("en")!, targetLanguage: LanguageCode("nl")!,
            units: [
                ExchangeUnit(key: "demands.fair-price.title", source: "A \"fair\" price\tnow", state: .new, note: "Title of the demand\nshown in bold"),
                ExchangeUnit(key: "demands.fair-price.body", source: "First line\nSecond \\ line\n", target: "Eerste regel\nTweede \\ regel\n",
                             state: .needsReview(.stale(previousSource: "Old line\n"))),
                ExchangeUnit(key: "summary", source: "Summary", target: "Samenvatting", state: .needsReview(.draft)),
                ExchangeUnit(key: "context", source: "Context", target: "Context", state: .translated),
            ])

        @Test func writesTheHeaderAndOneEntryPerUnitAsGettextDoes() throws {
            let text = String(decoding: try ExchangeFormat.po.write(document), as: UTF8.self)
            #expect(text == #"""
                msgid ""
                msgstr ""
                "Project-Id-Version: decent-work\n"
                "PO-Revision-Date: \n"
                "Last-Translator: \n"
                "Language-Team: \n"
                "Language: nl\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=UTF-8\n"
                "Content-Transfer-Encoding: 8bit\n"
                "X-Generator: advocate\n"
                "X-Source-Language: en\n"

                #. Title of the demand
                #. shown in bold
                #: demands.fair-price.title
                msgctxt "demands.fair-price.title"
                msgid "A \"fair\" price\tnow"
                msgstr ""

                #: demands.fair-price.body
                #, fuzzy
                #| msgctxt "demands.fair-price.body"
                #| msgid "Old line\n"
                msgctxt "demands.fair-price.body"
                msgid ""
                "First line\n"
                "Second \\ line\n"
                msgstr ""
                "Eerste regel\n"
                "Tweede \\ regel\n"

                #: summary
                #, fuzzy
                msgctxt "summary"
                msgid "Summary"
                msgstr "Samenvatting"

                #: context
                msgctxt "context"
                msgid "Context"
                msgstr "Context"

                """#)
        }

        @Test func theSameDocumentGivesTheSameBytes() throws {
            #expect(try ExchangeFormat.po.write(document) == ExchangeFormat.po.write(document))
        }

        @Test func msgfmtAcceptsWhatIsWritten() throws {
            let bytes = try ExchangeFormat.po.write(ExchangeSamples.document())
            let result = try ExternalProgram(name: "msgfmt").run(["-c", "--check-format", "-o", "/dev/null", "-"], input: bytes)
            #expect(result.status == 0, "msgfmt said: \(result.stderr)")
            #expect(!result.stderr.contains("error"), "msgfmt said: \(result.stderr)")
        }

        /// gettext itself compiles the file and Python's gettext module looks every translation up.
        @Test func gettextFindsEveryTranslationUnderItsKey() throws {
            let document = ExchangeSamples.document(states: [.translated])
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-po-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let catalog = directory.appendingPathComponent("messages.mo").path
            let compiled = try ExternalProgram(name: "msgfmt").run(["-o", catalog, "-"], input: try ExchangeFormat.po.write(document))
            #expect(compiled.status == 0, "msgfmt said: \(compiled.stderr)")
            let script = """
                import gettext, json, sys
                catalog = gettext.GNUTranslations(open(sys.argv[1], "rb"))
                units = json.load(sys.stdin)
                print(json.dumps([catalog.pgettext(unit["key"], unit["source"]) for unit in units]))
                """
            let query = try JSONSerialization.data(withJSONObject: document.units.map { ["key": $0.key, "source": $0.source] })
            let lookedUp = try ExternalProgram(name: "python3").run(["-c", script, catalog], input: Array(query))
            #expect(lookedUp.status == 0, "python3 said: \(lookedUp.stderr)")
            let targets = try JSONDecoder().decode([String].self, from: Data(lookedUp.stdout.utf8))
            #expect(targets == document.units.map { $0.target ?? "" })
        }

        @Test func refusesANulCharacter() {
            var document = document
            document.units[0].source = "a\0b"
            #expect(throws: AdvocateError(.invalidInput, "the text 'demands.fair-price.title' contains a NUL character, which a PO file cannot hold; remove it from the campaign")) {
                try ExchangeFormat.po.write(document)
            }
        }
    }
}
