import AdvocacyCore
import AdvocacyPlugins
import Testing

extension TranslationExchangeTests {
    @Suite struct ExchangeChecksTests {
        private static let en = LanguageCode("en")!, fr = LanguageCode("fr")!, nl = LanguageCode("nl")!

        private static func reading(_ units: [ExchangeUnit], format: ExchangeFormat, into language: LanguageCode = fr) throws -> ExchangeReading {
            let document = ExchangeDocument(campaign: "decent-work", sourceLanguage: en, targetLanguage: language, units: units)
            return format.read(try format.write(document), file: "t")
        }

        @Test(arguments: [
            (ExchangeFormat.po, "t:7:1: error: this file is a translation into French (fr), not Dutch (nl); import it for fr"),
            (ExchangeFormat.xliff, "t:2:81: error: this file is a translation into French (fr), not Dutch (nl); import it for fr"),
        ])
        func pointsAtTheLanguageOfAFileForAnotherLanguage(format: ExchangeFormat, expected: String) throws {
            let problems = try Self.reading([], format: format).problems(importingInto: "decent-work", from: Self.en, to: Self.nl)
            #expect(problems.map(\.description) == [expected])
        }

        @Test(arguments: ExchangeFormat.allCases)
        func namesTheOtherCampaign(format: ExchangeFormat) throws {
            let problems = try Self.reading([], format: format).problems(importingInto: "social-economy", from: Self.en, to: Self.fr)
            #expect(problems.map(\.message) == ["this file holds the texts of the campaign 'decent-work', not of 'social-economy'; import it into its own campaign"])
        }

        @Test(arguments: [
            (ExchangeFormat.po, "t:22:1: error: the translation of 'b' drops {{name}} and adds {{nom}}; keep the placeholders of the source text as they are"),
            (ExchangeFormat.xliff, "t:13:9: error: the translation of 'b' drops {{name}} and adds {{nom}}; keep the placeholders of the source text as they are"),
        ])
        func rejectsATranslationWhosePlaceholdersDiffer(format: ExchangeFormat, expected: String) throws {
            let reading = try Self.reading([
                ExchangeUnit(key: "a", source: "Dear {{name}}", target: "Cher {{name}}", state: .translated),
                ExchangeUnit(key: "b", source: "Dear {{name}}", target: "Cher {{nom}}", state: .reviewed),
                ExchangeUnit(key: "c", source: "Dear {{name}}", target: "Cher", state: .needsReview(.draft)),
            ], format: format)
            let problems = reading.problems(importingInto: "decent-work", from: Self.en, to: Self.fr)
            #expect(problems.map(\.description) == [expected])
        }
    }
}
