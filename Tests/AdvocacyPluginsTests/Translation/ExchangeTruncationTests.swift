import AdvocacyPlugins
import Testing

extension TranslationExchangeTests {
    /// A file cut short anywhere, even inside a character, as an interrupted copy leaves it.
    @Suite struct ExchangeTruncationTests {
        @Test(arguments: ExchangeFormat.allCases)
        func aTruncatedFileIsReportedOrRead(format: ExchangeFormat) throws {
            let bytes = try format.write(ExchangeSamples.document())
            for length in stride(from: 0, to: bytes.count, by: 7) {
                let reading = format.read(Array(bytes[..<length]), file: "cut")
                #expect(reading.document != nil || !reading.diagnostics.isEmpty, "cut at byte \(length)")
            }
        }
    }
}
