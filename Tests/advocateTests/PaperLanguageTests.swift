import AdvocacyFixtures
import Foundation
import Testing

/// The fixed words and the date of a paper, in the paper's language, through the real binary.
struct PaperLanguageTests {
    /// The sample campaign with `lines` added at its end, and the line number the first of them has.
    static func sample(adding lines: String) -> (yaml: String, firstLine: Int) {
        let yaml = SampleCampaign.yaml()
        return (yaml + lines, yaml.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    static func paper(_ project: TemporaryProject, _ language: String, _ format: String) throws -> String {
        String(decoding: try project.read("out/sample/papers/\(language)/position-paper.\(format)"), as: UTF8.self)
    }

    @Test func aCampaignsLabelsTakeThePlaceOfTheCatalogues() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.sample(adding: "labels:\n  en: { demands: What we ask, draftMark: FOR REVIEW }\n").yaml)
        let result = try project.advocate("build", "sample", "--lang", "en")
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try Self.paper(project, "en", "md")
        #expect(markdown.contains("## What we ask\n"))
        #expect(markdown.contains("## Summary\n"))
        let html = try Self.paper(project, "en", "html")
        #expect(html.contains(">What we ask</h2>"), "\(html)")
        #expect(html.contains(">FOR REVIEW</div>"))
    }

    @Test func anUnknownLabelIsAnErrorAtItsLineWithASuggestion() throws {
        let project = try TemporaryProject()
        let (yaml, line) = Self.sample(adding: "labels:\n  en:\n    demand: What we ask\n")
        try project.campaign("sample.yaml", yaml)
        let result = try project.advocate("validate", "sample")
        #expect(result.status == 65)
        #expect(result.stderr.contains("sample.yaml:\(line + 2):5: error: unknown key 'demand' in the labels in English (en); did you mean 'demands'?"), "\(result.stderr)")
    }

    @Test func aLanguageOutsideTheCatalogueWarnsAndFallsBackToEnglish() throws {
        let project = try TemporaryProject()
        let yaml = SampleCampaign.yaml().replacingOccurrences(of: "languages: [fr, nl, en]", with: "languages: [fr, nl, en, pl]")
        try project.campaign("sample.yaml", yaml + "labels:\n  pl: { summary: Streszczenie }\n")
        let result = try project.advocate("build", "sample", "--lang", "pl")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: advocate has no paper labels in Polish (pl); 'context', 'demands'"), "\(result.stderr)")
        #expect(!result.stderr.contains("'summary', 'context'"))
        let markdown = try Self.paper(project, "pl", "md")
        #expect(markdown.contains("## Streszczenie\n"))
        #expect(markdown.contains("## Our demands\n"))
    }

    @Test func aPaperCarriesTheCampaignsDateInItsLanguage() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.sample(adding: "date: 2026-11-29\n").yaml)
        #expect(try project.advocate("build", "sample").status == 0)
        for (language, date) in [("fr", "29 novembre 2026"), ("nl", "29 november 2026"), ("en", "29 November 2026")] {
            #expect(try Self.paper(project, language, "md").contains("\n\n\(date)\n\n"), "\(language)")
            #expect(try Self.paper(project, language, "html").contains("<p class=\"date\">\(date)</p>"), "\(language)")
        }
    }

    @Test func aDateThatIsNoDayIsAnError() throws {
        let project = try TemporaryProject()
        let (yaml, line) = Self.sample(adding: "date: 2026-02-30\n")
        try project.campaign("sample.yaml", yaml)
        let result = try project.advocate("validate", "sample")
        #expect(result.status == 65)
        #expect(result.stderr.contains("sample.yaml:\(line):7: error: '2026-02-30' is not a date; write the day as 2026-11-29"), "\(result.stderr)")
    }

    @Test func anItalianPaperForDocServiziHasItalianHeadingsAndMarks() throws {
        let project = try TemporaryProject()
        for file in ["Campaigns/partners/doc-servizi.yaml", "Campaigns/partners/logos/doc-servizi.svg"] {
            try project.write(file, String(decoding: try Data(contentsOf: RealCampaignsTests.repositoryRoot.appendingPathComponent(file)), as: UTF8.self))
        }
        let yaml = SampleCampaign.yaml()
            .replacingOccurrences(of: "languages: [fr, nl, en]", with: "languages: [fr, nl, en, it]")
            .replacingOccurrences(of: "partner: smart-be", with: "partner: doc-servizi")
        try project.campaign("sample.yaml", yaml + "date: 2026-11-29\n")
        let result = try project.advocate("build", "sample", "--lang", "it")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("paper labels"), "\(result.stderr)")
        let html = try Self.paper(project, "it", "html")
        for words in [">BOZZA</div>", ">Sintesi</h2>", ">Le nostre richieste</h2>", "Testo non ancora tradotto", "<p class=\"date\">29 novembre 2026</p>", "Verona, Italia"] {
            #expect(html.contains(words), "\(words)")
        }
        let markdown = try Self.paper(project, "it", "md")
        #expect(markdown.contains("## Sintesi\n") && markdown.contains("## Le nostre richieste\n") && markdown.contains("\n\n29 novembre 2026\n\n"))
    }
}
