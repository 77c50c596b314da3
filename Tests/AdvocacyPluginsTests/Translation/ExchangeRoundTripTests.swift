import AdvocacyCore
import AdvocacyPlugins
import Testing

extension TranslationExchangeTests {
    @Suite struct ExchangeRoundTripTests {
        /// PO cannot say "reviewed"; every other state comes back.
        private static let poStates = ExchangeSamples.allStates.filter { $0 != .reviewed }

        @Test(arguments: ExchangeFormat.allCases)
        func aWrittenDocumentReadsBackUnchanged(format: ExchangeFormat) throws {
            let document = ExchangeSamples.document(states: format == .po ? Self.poStates : ExchangeSamples.allStates)
            let reading = format.read(try format.write(document), file: "t.\(format.fileExtension)")
            #expect(reading.diagnostics == [])
            let units = try #require(reading.document).units
            #expect(units.count == document.units.count)
            for (read, written) in zip(units, document.units) {
                #expect(read == written)
            }
            #expect(reading.document == document)
        }

        @Test func poReadsReviewedBackAsTranslated() throws {
            let document = ExchangeSamples.document(states: [.reviewed])
            let reading = ExchangeFormat.po.read(try ExchangeFormat.po.write(document), file: "t.po")
            #expect(try #require(reading.document).units.map(\.state) == Array(repeating: .translated, count: document.units.count))
        }

        /// A file a translator's tool rewrote in its own layout reads the same: gettext's `msgcat`
        /// wraps long lines at 79 columns and re-escapes; canonical XML rewrites every tag.
        @Test(arguments: [
            (ExchangeFormat.po, "msgcat", ["-"]),
            (ExchangeFormat.xliff, "xmllint", ["--c14n", "-"]),
        ])
        func aFileRewrittenByAnotherToolReadsTheSame(format: ExchangeFormat, program: String, arguments: [String]) throws {
            let document = ExchangeSamples.document(states: format == .po ? Self.poStates : ExchangeSamples.allStates)
            let rewritten = try ExternalProgram(name: program).run(arguments, input: try format.write(document))
            #expect(rewritten.status == 0, "\(program) said: \(rewritten.stderr)")
            let reading = format.read(Array(rewritten.stdout.utf8), file: "t.\(format.fileExtension)")
            #expect(reading.diagnostics == [])
            #expect(reading.document == document)
        }

        @Test(arguments: ExchangeFormat.allCases)
        func locatesEachTranslation(format: ExchangeFormat) throws {
            let document = ExchangeSamples.document()
            let reading = format.read(try format.write(document), file: "t")
            #expect(Set(reading.locations.translations.keys) == Set(document.units.map(\.key)))
            #expect(reading.locations.targetLanguage.line > 1)
        }
    }
}
