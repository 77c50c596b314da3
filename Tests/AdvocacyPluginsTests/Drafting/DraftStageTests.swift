import AdvocacyFixtures
import Testing

struct DraftStageTests {
    @Test(arguments: ["fr", "nl", "en"])
    func thePaperMatchesItsGoldenFile(language: String) async throws {
        let build = try await TestBuild(yaml: SampleCampaign.yaml(), id: "sample")
        defer { build.remove() }
        try Golden.assertMatches(try build.text("papers/\(language)/position-paper.md"), named: "sample.\(language).md")
    }

    @Test func sourcesAreNumberedInTheOrderTheyAreFirstCited() async throws {
        let build = try await TestBuild(yaml: SampleCampaign.yaml(), id: "sample", languages: ["en"])
        defer { build.remove() }
        let paper = try build.text("papers/en/position-paper.md")
        // The sample lists council-2019 first, but the first demand cites ilo-2022 first.
        #expect(paper.contains("\n1. International Labour Conference, *Resolution concerning decent work"))
        #expect(paper.contains("\n2. Council of the European Union, *Council Recommendation"))
        #expect(paper.contains("### 1. A fair price\n\nPay for the time actually worked.\n\n*Sources: [1], [2]*"))
        #expect(paper.contains("### 2. Social protection\n\nWithout gaps.\n\n*Sources: [2]*"))
    }

    @Test func aMissingTranslationFallsBackToTheSourceLanguage() async throws {
        let yaml = SampleCampaign.yaml().replacingOccurrences(of: ", nl: Sociale bescherming", with: "")
        let build = try await TestBuild(yaml: yaml, id: "sample", languages: ["nl"])
        defer { build.remove() }
        #expect(try build.text("papers/nl/position-paper.md").contains("### 2. Une protection sociale\n"))
    }

    @Test func markdownInPlainFieldsIsEscaped() async throws {
        let yaml = SampleCampaign.yaml().replacingOccurrences(of: "publisher: Council of the European Union", with: "publisher: \"<script>*Council*\"")
        let build = try await TestBuild(yaml: yaml, id: "sample", languages: ["en"])
        defer { build.remove() }
        #expect(try build.text("papers/en/position-paper.md").contains("\\<script\\>\\*Council\\*"))
    }

    @Test func theManifestRecordsTheStageAndLanguage() async throws {
        let build = try await TestBuild(yaml: SampleCampaign.yaml(), id: "sample")
        defer { build.remove() }
        let papers = build.manifest.files.filter { $0.stage == "draft" && $0.path.hasSuffix(".md") }
        #expect(papers.map(\.path) == ["papers/en/position-paper.md", "papers/fr/position-paper.md", "papers/nl/position-paper.md"])
        #expect(papers.map(\.language) == ["en", "fr", "nl"])
        #expect(build.manifest.files.filter { $0.stage == "draft" }.count == 6)
    }
}
