import AdvocacyFixtures
import Foundation
import Testing

/// `--json`: each command's document parses, uses the names docs/json.md gives the same things,
/// and every command with `--json` has its section there.
struct JSONOutputTests {
    static let root = RealCampaignsTests.repositoryRoot

    /// Runs `advocate arguments…` in the repository and parses its stdout as JSON.
    static func json(_ arguments: [String]) throws -> Any {
        let result = try AdvocateProcess.run(arguments, in: root)
        #expect(result.status == 0, "advocate \(arguments.joined(separator: " ")): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// The keys of `object`, which must be a JSON object.
    static func keys(_ object: Any?) -> Set<String> {
        Set((object as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func validateNamesEachFileAndEachDiagnosticsPlace() throws {
        let report = try #require(try Self.json(["validate", "--json"]) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count >= 4)
        let first = try #require(files.first)
        #expect(Self.keys(first) == ["file", "campaign", "valid", "diagnostics"])
        #expect((first["file"] as? String)?.hasPrefix("Campaigns/") == true)

        let project = try TemporaryProject()
        try project.campaign("sample.yaml", OutputMannersTests.broken)
        let broken = try project.advocate("validate", "--json")
        #expect(broken.status == 65)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any])
        let diagnostic = try #require(((parsed["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(Self.keys(diagnostic) == ["severity", "file", "line", "column", "message", "notes"])
        #expect(diagnostic["file"] as? String == "Campaigns/sample.yaml")
    }

    @Test func pipelineAndPluginsNameStagesAndOptionsAlike() throws {
        let stages = try #require(try Self.json(["pipeline", "decent-work", "--json"]) as? [[String: Any]])
        let plugins = try #require(try Self.json(["plugins", "--json"]) as? [[String: Any]])
        for stage in [stages.first, plugins.first] {
            #expect(Self.keys(stage).isSuperset(of: ["name", "options"]))
            let option = (stage?["options"] as? [[String: Any]])?.first
            #expect(Self.keys(option).isSuperset(of: ["name", "type", "default", "help"]))
        }
        #expect(Self.keys(plugins.first).isSuperset(of: ["kind", "summary", "usedBy"]))
    }

    @Test func planAndListsNameAddressesRowsAndReasonsAlike() throws {
        let plan = try #require(try Self.json(["plan", "decent-work", "--json"]) as? [[String: Any]])
        let mailing = try #require(plan.first)
        #expect(Self.keys(mailing).isSuperset(of: ["mailing", "audience", "recipients", "excluded"]))
        let recipient = (mailing["recipients"] as? [[String: Any]])?.first
        #expect(Self.keys(recipient).isSuperset(of: ["address", "language"]))
        let planned = try #require(plan.flatMap { $0["excluded"] as? [[String: Any]] ?? [] }.first)
        let lists = try #require(try Self.json(["lists", "decent-work", "--json"]) as? [String: Any])
        let listed = try #require((lists["audiences"] as? [[String: Any]])?.flatMap { $0["exclusions"] as? [[String: Any]] ?? [] }.first)
        for exclusion in [planned, listed] {
            #expect(Self.keys(exclusion).isSuperset(of: ["address", "file", "row", "reason", "message"]))
        }
        let source = Self.keys((lists["sources"] as? [[String: Any]])?.first)
        #expect(source.contains("file"))
    }

    @Test func i18nStatusAndBuildNameTheCampaign() throws {
        let status = try Self.json(["i18n", "status", "decent-work", "--json"])
        #expect(Self.keys(status).isSuperset(of: ["campaign", "sourceLanguage", "languages"]))
        #expect((status as? [String: Any])?["campaign"] as? String == "decent-work")

        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let build = try project.advocate("build", "sample", "--json")
        #expect(build.status == 0, "\(build.stderr)")
        let manifest = try JSONSerialization.jsonObject(with: Data(build.stdout.utf8))
        #expect(Self.keys(manifest) == ["campaign", "files"])
        let file = Self.keys(((manifest as? [String: Any])?["files"] as? [[String: Any]])?.first)
        #expect(file.isSuperset(of: ["path", "sha256", "bytes", "stage"]))
    }

    @Test func everyCommandWithJSONHasItsSectionInTheGuide() throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/json.md"), encoding: .utf8)
        let withJSON = try OutputMannersTests.commands().filter { $0.options.contains("json") }
        #expect(withJSON.count >= 7)
        for command in withJSON {
            let heading = "## advocate \(command.path.joined(separator: " ")) --json"
            #expect(guide.contains("\n\(heading)\n"), "docs/json.md has no section '\(heading)'")
        }
    }
}
