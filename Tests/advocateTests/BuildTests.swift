import AdvocacyFixtures
import Foundation
import Testing

/// `advocate build`, `pipeline` and `plugins` through the real binary.
struct BuildTests {
    @Test func buildWritesPapersAndAManifestThatMatchesThem() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let result = try project.advocate("build", "sample")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(result.stdout == """
            out/sample/i18n/report.json
            out/sample/papers/en/position-paper.html
            out/sample/papers/en/position-paper.md
            out/sample/papers/fr/position-paper.html
            out/sample/papers/fr/position-paper.md
            out/sample/papers/nl/position-paper.html
            out/sample/papers/nl/position-paper.md
            out/sample/manifest.json

            """)
        #expect(result.stderr == "Building sample (fr, nl, en) into out/sample/\n[1/4] draft\n[2/4] lists\n[3/4] mailing\n[4/4] translation-report\n")

        let manifest = try JSONSerialization.jsonObject(with: try project.read("out/sample/manifest.json")) as? [String: Any]
        #expect(manifest?["campaign"] as? String == "sample")
        let files = manifest?["files"] as? [[String: Any]] ?? []
        #expect(files.map { $0["path"] as? String } == [
            "i18n/report.json",
            "papers/en/position-paper.html", "papers/en/position-paper.md",
            "papers/fr/position-paper.html", "papers/fr/position-paper.md",
            "papers/nl/position-paper.html", "papers/nl/position-paper.md",
        ])
        for file in files where (file["path"] as? String)?.hasPrefix("papers/") == true {
            let path = try #require(file["path"] as? String)
            let contents = try project.read("out/sample/\(path)")
            #expect(file["bytes"] as? Int == contents.count)
            let digest = try sha256sum(project.root.appendingPathComponent("out/sample/\(path)"))
            #expect(file["sha256"] as? String == digest)
            #expect(file["stage"] as? String == "draft")
            #expect(file["language"] as? String == path.split(separator: "/")[1].description)
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        _ = try project.advocate("build", "sample", "--out", "first")
        _ = try project.advocate("build", "sample", "--out", "second")
        for path in ["manifest.json", "papers/fr/position-paper.md", "papers/nl/position-paper.md", "papers/en/position-paper.md", "papers/fr/position-paper.html"] {
            let first = try project.read("first/sample/\(path)"), second = try project.read("second/sample/\(path)")
            #expect(first == second, "\(path) differs between two builds")
        }
    }

    @Test func aBuildOfOneLanguageKeepsTheOtherLanguagesOfThePreviousBuild() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        _ = try project.advocate("build", "sample")
        let french = try project.read("out/sample/papers/fr/position-paper.md")
        let previous = try JSONSerialization.jsonObject(with: try project.read("out/sample/manifest.json")) as? [String: Any]
        let result = try project.advocate("build", "sample", "--lang", "nl")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(result.stdout.contains("out/sample/papers/fr/position-paper.md\n"))
        #expect(try project.read("out/sample/papers/fr/position-paper.md") == french)
        let manifest = try JSONSerialization.jsonObject(with: try project.read("out/sample/manifest.json")) as? [String: Any]
        let files = manifest?["files"] as? [[String: Any]] ?? []
        // Every file of the previous build is still there and listed, the French and English ones as they were.
        #expect(files.map { $0["path"] as? String } == (previous?["files"] as? [[String: Any]] ?? []).map { $0["path"] as? String })
        let carried = files.filter { ["fr", "en"].contains($0["language"] as? String) }
        #expect(carried.count == 4)
        for file in carried {
            let path = try #require(file["path"] as? String)
            #expect(file["sha256"] as? String == (try sha256sum(project.root.appendingPathComponent("out/sample/\(path)"))))
            #expect(file["stage"] as? String == "draft")
        }
    }

    @Test func aBuildOfOneLanguageRefusesToCarryOverAFileThatChangedSinceItWasBuilt() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        _ = try project.advocate("build", "sample")
        try Data("edited by hand\n".utf8).write(to: project.root.appendingPathComponent("out/sample/papers/en/position-paper.md"))
        let manifest = try project.read("out/sample/manifest.json")
        let result = try project.advocate("build", "sample", "--lang", "nl")
        #expect(result.status == 65)
        #expect(result.stderr.hasSuffix(
            "error: cannot keep the other languages of the previous build: out/sample/papers/en/position-paper.md changed since it was built (its SHA-256 is not the manifest's); build every language (without --lang) to replace it whole\n"))
        #expect(try project.read("out/sample/manifest.json") == manifest)
        #expect(try project.read("out/sample/papers/en/position-paper.md") == Data("edited by hand\n".utf8))

        try FileManager.default.removeItem(at: project.root.appendingPathComponent("out/sample/manifest.json"))
        let unknown = try project.advocate("build", "sample", "--lang", "nl")
        #expect(unknown.status == 65)
        #expect(unknown.stderr.hasSuffix(
            "error: cannot keep the other languages of the previous build: out/sample/manifest.json is missing or unreadable; build every language (without --lang) to replace it whole\n"))
        #expect(try project.advocate("build", "sample").status == 0)
    }

    @Test func aBuildOfOneLanguageDoesNotCarryOverWhatALinkInTheOutputPointsAt() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        _ = try project.advocate("build", "sample")
        // A link with the very bytes the manifest recorded, pointing out of the output.
        let paper = project.root.appendingPathComponent("out/sample/papers/en/position-paper.md")
        let outside = project.root.appendingPathComponent("elsewhere.md")
        try FileManager.default.moveItem(at: paper, to: outside)
        try FileManager.default.createSymbolicLink(at: paper, withDestinationURL: outside)
        let result = try project.advocate("build", "sample", "--lang", "nl")
        #expect(result.status == 65)
        #expect(result.stderr.hasSuffix(
            "error: cannot keep the other languages of the previous build: out/sample/papers/en/position-paper.md is not a plain file of the output; build every language (without --lang) to replace it whole\n"), "stderr was:\n\(result.stderr)")
    }

    @Test func anInvalidCampaignWritesNothing() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("status: review", with: "status: maybe"))
        let result = try project.advocate("build", "sample")
        #expect(result.status == 65)
        #expect(result.stderr.hasSuffix("error: Campaigns/sample.yaml has 1 error; fix it and run again\n"))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out").path))
    }

    @Test func exitCodesFollowSysexits() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())

        let missing = try project.advocate("build", "smaple")
        #expect(missing.status == 66)
        #expect(missing.stderr == "error: there is no campaign 'smaple' in Campaigns/. Did you mean 'sample'?\n")

        let missingFile = try project.advocate("validate", "Campaigns/none.yaml")
        #expect(missingFile.status == 66)

        let language = try project.advocate("build", "sample", "--lang", "de")
        #expect(language.status == 64)
        #expect(language.stderr.hasSuffix("error: --lang de: campaign 'sample' is not written in 'de'; its languages are fr, nl, en\n"))

        let usage = try project.advocate("build", "sample", "--colour")
        #expect(usage.status == 64)

        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("Campaigns"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let noCampaigns = try AdvocateProcess.run(["validate"], in: empty)
        #expect(noCampaigns.status == 66)
        #expect(noCampaigns.stderr.hasPrefix("error: there are no campaign files (*.yaml) in "))
    }

    @Test func pipelinePrintsTheResolvedStagesWithTheirOptions() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let defaults = try project.advocate("pipeline", "sample")
        #expect(defaults.stdout == """
            sample: 4 stages, from the default pipeline
            1. draft
                 list-sources: true
                 number-demands: true
                 html: true
                 pdf: false
                 pdf-engine: [weasyprint]
                 layout: ""
            2. lists
                 excel: false
            3. mailing
                 format: eml
            4. translation-report

            """)

        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { list-sources: false }\n")
        let configured = try project.advocate("pipeline", "sample")
        #expect(configured.stdout == """
            sample: 1 stage, from Campaigns/sample.yaml:47
            1. draft
                 list-sources: false
                 number-demands: true
                 html: true
                 pdf: false
                 pdf-engine: [weasyprint]
                 layout: ""

            """)
        _ = try project.advocate("build", "sample")
        let paper = String(decoding: try project.read("out/sample/papers/en/position-paper.md"), as: UTF8.self)
        #expect(!paper.contains("## Sources"))
    }

    @Test func pluginsListsTheBuiltInStages() throws {
        let project = try TemporaryProject()
        let result = try project.advocate("plugins", "--json")
        #expect(result.status == 0)
        let plugins = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(plugins?.map { $0["name"] as? String } == ["translate", "draft", "lists", "mailing", "translation-report"])
        #expect(plugins?.map { $0["provides"] as? [String] } == [[], ["papers"], ["audiences"], [], []])
        let text = try project.advocate("plugins").stdout
        #expect(text.contains("lists (built-in, in the default pipeline)\n    Builds each audience's distribution list"))
        #expect(text.contains("\n    provides: audiences\n"), "stdout was:\n\(text)")
    }

    private func sha256sum(_ url: URL) throws -> String {
        try ExternalProgram(name: "sha256sum").run([url.path]).stdout.split(separator: " ").first.map(String.init) ?? ""
    }
}
