import AdvocacyFixtures
import Foundation
import Testing

/// External plugins through the real binary: the protocol, every way a plugin can fail, and
/// the trust boundary.
struct PluginTests {
    /// A project whose campaign `sample` runs the misbehaving plugin in `mode` after `draft`.
    private func project(mode: MisbehavingPlugin.Mode, timeout: Int = 30) throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.write("plugins/fake.py", MisbehavingPlugin.script)
        try project.campaign("sample.yaml", SampleCampaign.yaml() + """
            pipeline:
              - draft
              - stage: fake
                command: [python3, plugins/fake.py, \(mode.rawValue)]
                timeout: \(timeout)

            """)
        return project
    }

    @Test func aWellBehavedPluginWritesItsFilesExactly() throws {
        let project = try project(mode: .wellBehaved)
        let result = try project.advocate("build", "sample")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(String(decoding: try project.read("out/sample/plugin/echo.txt"), as: UTF8.self) == MisbehavingPlugin.echoedText + "sample\n")
        #expect(String(decoding: try project.read("out/sample/manifest.json"), as: UTF8.self).contains("\"stage\" : \"fake\""))
    }

    @Test func aPluginThatFloodsStderrBeforeReadingStillAnswers() throws {
        let project = try project(mode: .floodsStderrFirst)
        let result = try project.advocate("build", "sample")
        #expect(result.status == 0, "stderr was:\n\(result.stderr.prefix(2_000))")
        #expect(String(decoding: try project.read("out/sample/plugin/echo.txt"), as: UTF8.self).hasPrefix(MisbehavingPlugin.echoedText))
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        let mode: MisbehavingPlugin.Mode
        let status: Int32
        let message: String
        var testDescription: String { mode.rawValue }
    }

    static let failures: [Failure] = [
        Failure(mode: .hangs, status: 69, message: "error: stage 'fake': plugin 'fake' did not finish within 1 s and was stopped; raise its 'timeout' if it needs longer"),
        Failure(mode: .exitsBeforeReading, status: 69, message: "error: stage 'fake': plugin 'fake' should answer with a handshake line and a response line, but wrote 0 lines"),
        Failure(mode: .fails, status: 69, message: "error: stage 'fake': plugin 'fake' failed with exit status 3; it said:\n    something broke inside the plugin"),
        Failure(mode: .speaksVersion2, status: 69, message: "error: stage 'fake': plugin 'fake' speaks plugin protocol 2.0, but advocate speaks 1.1; use a version of the plugin made for protocol 1"),
        Failure(mode: .invalidJSON, status: 69, message: "error: stage 'fake': plugin 'fake' answered with invalid JSON on line 2 of its output ({not json); it is not JSON"),
        Failure(mode: .escapesOutput, status: 69, message: "error: stage 'fake': plugin 'fake' asked to write '../../escaped.txt', which is not a plain path inside its output folder"),
        Failure(mode: .reportsProblem, status: 65, message: "Campaigns/sample.yaml:19:12: error: plugin 'fake': this title is too long for the CRM"),
    ]

    @Test(arguments: failures)
    func aFailingPluginIsAClearErrorAndLeavesNoPartialOutput(_ failure: Failure) throws {
        let project = try project(mode: failure.mode, timeout: 1)
        // A previous good build, which the failing one must leave as it was.
        try project.write("Campaigns/sample.yaml", SampleCampaign.yaml())
        _ = try project.advocate("build", "sample")
        let before = try project.read("out/sample/manifest.json")
        try project.campaign("sample.yaml", SampleCampaign.yaml() + """
            pipeline:
              - draft
              - stage: fake
                command: [python3, plugins/fake.py, \(failure.mode.rawValue)]
                timeout: 1

            """)

        let result = try project.advocate("build", "sample")
        #expect(!result.crashed)
        #expect(result.status == failure.status)
        #expect(result.stderr.contains(failure.message), "stderr was:\n\(result.stderr.prefix(2_000))")
        #expect(try project.read("out/sample/manifest.json") == before)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample/plugin").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("out").path)
        #expect(leftovers.sorted() == [".sample.lock", "sample"], "nothing but the output and its lock file")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("escaped.txt").path))
    }

    @Test func pluginsListsTheExternalStagesTheProjectDeclares() throws {
        let project = try project(mode: .wellBehaved)
        let result = try project.advocate("plugins", "--json")
        let plugins = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let fake = try #require(plugins.first { $0["name"] as? String == "fake" })
        #expect(fake["kind"] as? String == "external")
        #expect(fake["command"] as? [String] == ["python3", "plugins/fake.py", "ok"])
        #expect(fake["declaredAt"] as? String == "Campaigns/sample.yaml:50:15")
        #expect(fake["usedBy"] as? [String] == ["sample"])
    }

    @Test func aMissingProgramIsUnavailable() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: fake\n    command: [no-such-program-anywhere]\n")
        let result = try project.advocate("build", "sample")
        #expect(result.status == 69)
        #expect(result.stderr.contains("no-such-program-anywhere"))
    }

    @Test func aTemplatesCommandRunsOnlyOnceAllowed() throws {
        let project = try TemporaryProject()
        try project.write("plugins/fake.py", MisbehavingPlugin.script)
        try project.campaign("base.yaml", SampleCampaign.yaml(id: "base") + """
            pipeline:
              - draft
              - stage: fake
                command: [python3, plugins/fake.py, ok]

            """)
        try project.campaign("overlay.yaml", "id: overlay\nextends: base\n")

        let refused = try project.advocate("build", "overlay")
        #expect(refused.status == 65)
        #expect(refused.stderr.hasPrefix("""
            Campaigns/base.yaml:49:12: error: stage 'fake' would run `python3 plugins/fake.py ok`, declared in a campaign this one extends Campaigns/base.yaml, which this project does not trust to run programs; allow it in allowed-plugins.yaml or with --allow-plugin fake
            """))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out").path))

        let once = try project.advocate("build", "overlay", "--allow-plugin", "fake")
        #expect(once.status == 0, "stderr was:\n\(once.stderr)")
        #expect(String(decoding: try project.read("out/overlay/plugin/echo.txt"), as: UTF8.self).hasSuffix("overlay\n"))

        try project.write("allowed-plugins.yaml", "- name: fake\n  command: [python3, plugins/fake.py, ok]\n")
        let pipeline = try project.advocate("pipeline", "overlay")
        #expect(pipeline.stdout.contains("runs `python3 plugins/fake.py ok`, declared at Campaigns/base.yaml:50:15; allowed by allowed-plugins.yaml"))

        try project.write("allowed-plugins.yaml", "- name: fake\n  command: [python3, plugins/other.py]\n")
        let changed = try project.advocate("validate", "overlay")
        #expect(changed.status == 65)
        #expect(changed.stderr.contains("but allowed-plugins.yaml allows it to run only `python3 plugins/other.py`"))
    }

    @Test func aPartnerProfilesPluginNeedsAllowingToo() throws {
        let project = try TemporaryProject()
        try project.write("plugins/fake.py", MisbehavingPlugin.script)
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "plugins:\n  - name: fake\n    command: [python3, plugins/fake.py, ok]\n")
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline: [draft, fake]\n")
        let refused = try project.advocate("validate", "sample")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("declared in the partner profile Campaigns/partners/smart-be.yaml"))
        let allowed = try project.advocate("build", "sample", "--allow-plugin", "fake")
        #expect(allowed.status == 0, "stderr was:\n\(allowed.stderr)")
    }
}
