import AdvocacyPlugins
import Testing

extension TranslationExchangeTests {
    @Suite struct ExchangeFormatTests {
        @Test(arguments: [
            ("po", ExchangeFormat.po), ("PO", .po), ("xlf", .xliff), ("xliff", .xliff), ("XLF", .xliff),
            ("json", nil), ("", nil),
        ] as [(String, ExchangeFormat?)])
        func isFoundByFileExtension(_ fileExtension: String, format: ExchangeFormat?) {
            #expect(ExchangeFormat(fileExtension: fileExtension) == format)
        }

        @Test(arguments: ExchangeFormat.allCases)
        func writesTheExtensionItReads(format: ExchangeFormat) {
            #expect(ExchangeFormat(fileExtension: format.fileExtension) == format)
        }
    }
}
