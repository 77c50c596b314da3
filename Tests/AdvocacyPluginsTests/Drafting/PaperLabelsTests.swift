@testable import AdvocacyPlugins
import AdvocacyCore
import AdvocacyFixtures
import Foundation
import Testing

/// The fixed words of a paper, from the catalogue of labels, in the paper's language.
struct PaperLabelsTests {
    static let shipped = ["fr", "nl", "en", "de", "es", "it", "pt"]

    @Test(arguments: shipped)
    func theCatalogueGivesEveryLabelInEveryShippedLanguage(language: String) {
        let labels = PaperLabels.catalogue[language] ?? [:]
        #expect(Set(labels.keys) == Set(PaperLabels.Key.allCases), "\(language)")
        #expect(labels.values.allSatisfy { !$0.isEmpty })
    }

    @Test func anItalianPaperHasItalianHeadingsAndDraftMark() async throws {
        let yaml = SampleCampaign.yaml().replacingOccurrences(of: "languages: [fr, nl, en]", with: "languages: [fr, nl, en, it]")
        let build = try await TestBuild(yaml: yaml, id: "sample", languages: ["it"])
        defer { build.remove() }
        let html = try build.text("papers/it/position-paper.html")
        #expect(html.contains(">BOZZA</div>"))
        #expect(html.contains("Sintesi"))
        #expect(html.contains("Le nostre richieste"))
        #expect(html.contains("Testo non ancora tradotto"))
        #expect(!html.contains("Our demands") && !html.contains(">DRAFT<") && !html.contains("Not yet translated"))
        let markdown = try build.text("papers/it/position-paper.md")
        #expect(markdown.contains("## Sintesi\n"))
        #expect(markdown.contains("## Le nostre richieste\n"))
        #expect(markdown.contains("## Fonti\n"))
        #expect(markdown.contains("*Fonti: [1]"))
    }
}

/// The date a paper carries, the way each language writes it.
struct PaperDateTests {
    @Test(arguments: [
        ("fr", "29 novembre 2026"), ("nl", "29 november 2026"), ("en", "29 November 2026"), ("de", "29. November 2026"),
        ("es", "29 de noviembre de 2026"), ("it", "29 novembre 2026"), ("pt", "29 de novembro de 2026"), ("pl", "29 November 2026"),
    ])
    func eachLanguageWritesTheDateItsWay(language: String, written: String) throws {
        #expect(try #require(PaperDate("2026-11-29")).written(in: language) == written)
    }

    @Test func theFirstOfTheMonthIsFrench1er() throws {
        #expect(try #require(PaperDate("2026-05-01")).written(in: "fr") == "1er mai 2026")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-1-01", "29/11/2026", "2026-11-29x", ""])
    func whatIsNoDayIsRefused(text: String) {
        #expect(PaperDate(text) == nil)
    }
}
