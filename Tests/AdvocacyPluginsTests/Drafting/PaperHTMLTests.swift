import AdvocacyCore
import AdvocacyPlugins
import AdvocacyFixtures
import Foundation
import Testing

/// The HTML papers of the draft stage, read back with Python's html.parser.
struct PaperHTMLTests {
    @Test(arguments: ["fr", "nl", "en"])
    func theHTMLPaperMatchesItsGoldenFile(language: String) async throws {
        let build = try await TestBuild(yaml: SampleCampaign.yaml(), id: "sample")
        defer { build.remove() }
        try Golden.assertMatches(try build.text("papers/\(language)/position-paper.html"), named: "sample.\(language).html")
    }

    @Test(arguments: ["fr", "nl", "en"])
    func everyDemandIsNumberedAndEveryCitedSourceListed(language: String) async throws {
        let build = try await TestBuild(yaml: SampleCampaign.yaml(), id: "sample")
        defer { build.remove() }
        let reading = try HTMLReader.read(try build.text("papers/\(language)/position-paper.html"))
        #expect(reading.nestingProblems.isEmpty, "\(reading.nestingProblems)")
        let ids = reading.attributes.filter { $0.name == "id" }.map(\.value)
        #expect(ids.filter { $0.hasPrefix("demand-") } == ["demand-1", "demand-2"])
        #expect(ids.filter { $0.hasPrefix("source-") } == ["source-1", "source-2"])
        let references = reading.attributes.filter { $0.name == "href" && $0.value.hasPrefix("#source-") }.map(\.value)
        #expect(Set(references) == ["#source-1", "#source-2"])
        #expect(reading.text.contains("1. "))
        #expect(reading.text.contains("2. "))
        #expect(!reading.tags.contains("script"))
        #expect(!reading.attributes.contains { $0.value.lowercased().contains("javascript:") })
    }

    @Test func scriptsAndJavascriptLinksNeverReachThePaper() async throws {
        let yaml = SampleCampaign.yaml()
            .replacingOccurrences(of: "en: Pay for the time actually worked.", with: "en: \"<script>alert(1)</script> [pay](javascript:alert(1))\"")
            .replacingOccurrences(of: "publisher: Council of the European Union", with: "publisher: \"<script>x</script>\"")
        let build = try await TestBuild(yaml: yaml, id: "sample", languages: ["en"])
        defer { build.remove() }
        let reading = try HTMLReader.read(try build.text("papers/en/position-paper.html"))
        #expect(!reading.tags.contains("script"))
        #expect(!reading.attributes.contains { $0.value.lowercased().contains("javascript:") })
    }

    @Test func anUnapprovedCampaignCarriesADraftMarkInItsLanguage() async throws {
        let build = try await TestBuild(yaml: SampleCampaign.yaml(), id: "sample")
        defer { build.remove() }
        #expect(try build.text("papers/fr/position-paper.html").contains("<div class=\"draft-mark\" role=\"note\">PROJET</div>"))
        #expect(try build.text("papers/nl/position-paper.html").contains(">ONTWERP</div>"))
        #expect(try build.text("papers/en/position-paper.html").contains(">DRAFT</div>"))

        let approved = try await TestBuild(
            yaml: SampleCampaign.yaml().replacingOccurrences(of: "status: review", with: "status: approved"), id: "sample", languages: ["fr"])
        defer { approved.remove() }
        #expect(!(try approved.text("papers/fr/position-paper.html").contains("draft-mark\"")))
    }

    @Test func anUntranslatedTextIsMarkedAsAFallback() async throws {
        let yaml = SampleCampaign.yaml().replacingOccurrences(of: ", nl: Zonder gaten.", with: "")
        let build = try await TestBuild(yaml: yaml, id: "sample", languages: ["nl"])
        defer { build.remove() }
        let html = try build.text("papers/nl/position-paper.html")
        #expect(html.contains("<div class=\"fallback\" lang=\"fr\"><p class=\"fallback-note\">Nog niet vertaald</p><p>Sans trous.</p>"))
    }

    /// The problems an error carries, one a line, as `file:line:column: message`: a layout's are
    /// found when the campaign is checked, before the build.
    static func problems(_ error: AdvocateError) -> String {
        error.diagnostics.map { "\($0.location): \($0.message)" }.joined(separator: "\n")
    }

    @Test func aLayoutNamingAnUnknownFieldIsReportedAtItsLine() async throws {
        let yaml = SampleCampaign.yaml() + """
            pipeline:
              - stage: draft
                options: { layout: layouts/paper.html.mustache }

            """
        await #expect(throws: AdvocateError.self) {
            _ = try await TestBuild(yaml: yaml, id: "sample", files: ["layouts/paper.html.mustache": "<h1>{{title}}</h1>\n<p>{{sumary.html}}</p>\n"])
        }
        do {
            _ = try await TestBuild(yaml: yaml, id: "sample", files: ["layouts/paper.html.mustache": "<h1>{{title}}</h1>\n<p>{{sumary.html}}</p>\n"])
        } catch let error as AdvocateError {
            #expect(error.kind == .invalidInput)
            #expect(Self.problems(error).hasPrefix("layouts/paper.html.mustache:2:4: the layout names 'sumary', which papers do not have; did you mean 'summary'?"))
        }
    }

    @Test func aLayoutThatDoesNotParseIsReportedAtItsLine() async throws {
        let yaml = SampleCampaign.yaml() + """
            pipeline:
              - stage: draft
                options: { layout: layouts/paper.html.mustache }

            """
        do {
            _ = try await TestBuild(yaml: yaml, id: "sample", files: ["layouts/paper.html.mustache": "<h1>{{title}}</h1>\n{{#demands}}\n<p>{{title}}</p>\n"])
            Issue.record("the build should have failed")
        } catch let error as AdvocateError {
            #expect(error.kind == .invalidInput)
            #expect(Self.problems(error).hasPrefix("layouts/paper.html.mustache:"), "\(Self.problems(error))")
            #expect(Self.problems(error).contains("does not parse"), "\(Self.problems(error))")
        }
    }

    @Test func aLayoutMayNotInsertAPlainFieldUnescaped() async throws {
        let yaml = SampleCampaign.yaml() + """
            pipeline:
              - stage: draft
                options: { layout: layouts/paper.html.mustache }

            """
        do {
            _ = try await TestBuild(yaml: yaml, id: "sample", files: ["layouts/paper.html.mustache": "<h1>{{{title}}}</h1>\n"])
            Issue.record("the build should have failed")
        } catch let error as AdvocateError {
            #expect(Self.problems(error).hasPrefix("layouts/paper.html.mustache:1:5: the layout inserts 'title' without escaping it"), "\(Self.problems(error))")
        }
    }

    @Test func aCampaignLayoutReplacesTheBuiltInOne() async throws {
        let yaml = SampleCampaign.yaml() + """
            pipeline:
              - stage: draft
                options: { layout: layouts/paper.html.mustache }

            """
        let build = try await TestBuild(
            yaml: yaml, id: "sample", languages: ["en"],
            files: ["layouts/paper.html.mustache": "<h1>{{title}}</h1>\n{{#demands}}<h2>{{number}}. {{title}}</h2>{{#body}}{{{html}}}{{/body}}\n{{/demands}}"])
        defer { build.remove() }
        // cmark-gfm ends each paragraph with a line break, and the layout adds its own.
        #expect(try build.text("papers/en/position-paper.html") == """
            <h1>A fair price</h1>
            <h2>1. A fair price</h2><p>Pay for the time actually worked.</p>\n
            <h2>2. Social protection</h2><p>Without gaps.</p>\n

            """)
    }

    @Test func markdownTooCostlyToRenderIsReportedWithTheDemandItIsIn() throws {
        let columns = 1_001
        let table = "|" + String(repeating: " a |", count: columns) + "\\n|" + String(repeating: " - |", count: columns)
        let yaml = SampleCampaign.yaml().replacingOccurrences(of: "en: Pay for the time actually worked.", with: "en: \"\(table)\"")
        let project = Project(root: FileManager.default.temporaryDirectory.appendingPathComponent("advocate-plugins-\(UUID().uuidString)"))
        let loaded = CampaignLoader(project: project, registry: BuiltinStages.registry).load(bytes: Array(yaml.utf8), file: "sample.yaml")
        let refusal = try #require(loaded.diagnostics.first { $0.message.hasPrefix("the body of demand 'fair-price' cannot be rendered:") })
        #expect(refusal.message.contains("The Markdown table at line 1 has 1001 columns"))
        #expect(refusal.location.file == "sample.yaml")
        #expect(refusal.location.line == 23)
    }
}
