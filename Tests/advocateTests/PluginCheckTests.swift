import AdvocacyFixtures
import Foundation
import Testing

/// `validate` asks an external stage's program to check the campaign (protocol 1.1's check
/// request), under the stage's trust rules, through the real binary.
struct PluginCheckTests {
    /// A project with the real `plugins/crm_export.py`, a template `base` running it, and an
    /// overlay `base-it` that adds Italian and takes the template's audiences and mailings.
    static func overlayProject() throws -> TemporaryProject {
        let project = try TemporaryProject()
        let script = try String(contentsOf: RealCampaignsTests.repositoryRoot.appendingPathComponent("plugins/crm_export.py"), encoding: .utf8)
        try project.write("plugins/crm_export.py", script)
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml(languages: "[fr, nl, en, it]"))
        try project.campaign("base.yaml", SampleCampaign.yaml(id: "base") + """
            pipeline:
              - stage: crm-export
                command: [python3, plugins/crm_export.py]

            """)
        try project.campaign("base-it.yaml", """
            id: base-it
            extends: base
            languages: [fr, nl, en, it]
            inherit: [audiences, mailings]
            title: { it: Un giusto prezzo }

            """)
        return project
    }

    @Test func validateReportsWhatThePluginWouldRefuseAtTheOverlayWithTheTemplateLineAsANote() throws {
        let project = try Self.overlayProject()
        let result = try project.advocate("validate", "base-it", "--allow-plugin", "crm-export")
        #expect(result.status == 65, "\(result.stderr)")
        let template = SampleCampaign.yaml(id: "base").split(separator: "\n", omittingEmptySubsequences: false)
        let title = try #require(template.firstIndex { $0.contains("title: { fr: Membres") }) + 1
        #expect(result.stderr.contains(
            "Campaigns/base-it.yaml:1:5: error: plugin 'crm-export': the audience of mailing 'launch' has no title in 'it', which the CRM needs as a group name"), "\(result.stderr)")
        #expect(result.stderr.contains("Campaigns/base.yaml:\(title):12: note: the value at fault is inherited from 'base' here; write it in Campaigns/base-it.yaml to change it for this campaign"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out").path), "a check builds nothing")

        try project.campaign("base-it.yaml", """
            id: base-it
            extends: base
            languages: [fr, nl, en, it]
            inherit: [audiences, mailings]
            title: { it: Un giusto prezzo }
            audiences:
              - id: members
                title: { it: Soci }

            """)
        let fixed = try project.advocate("validate", "base-it", "--allow-plugin", "crm-export")
        #expect(fixed.status == 0, "\(fixed.stderr)")
    }

    @Test func aProgramTheTrustRulesRefuseIsNotRunForItsCheck() throws {
        let project = try TemporaryProject()
        try project.write("plugins/trace.py", """
            import json, sys
            open("ran.txt", "w").write("ran")
            sys.stdin.read()
            print(json.dumps({"type": "handshake", "protocol": "1.1", "capabilities": ["check"]}))
            print(json.dumps({"type": "response", "diagnostics": []}))

            """)
        try project.campaign("base.yaml", SampleCampaign.yaml(id: "base") + "pipeline:\n  - stage: trace\n    command: [python3, plugins/trace.py]\n")
        try project.campaign("overlay.yaml", "id: overlay\nextends: base\n")
        let refused = try project.advocate("validate", "overlay")
        #expect(refused.status == 65)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("ran.txt").path))
        let allowed = try project.advocate("validate", "overlay", "--allow-plugin", "trace")
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("ran.txt").path))
    }

    @Test func aPluginMadeForProtocol1_0KeepsWorkingAndItsAnswerToACheckIsSetAside() throws {
        let project = try TemporaryProject()
        try project.write("plugins/fake.py", MisbehavingPlugin.script)
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: fake\n    command: [python3, plugins/fake.py, problem]\n")
        let validated = try project.advocate("validate", "sample")
        #expect(validated.status == 0, "its handshake does not list 'check': \(validated.stderr)")
        let built = try project.advocate("build", "sample")
        #expect(built.status == 65)
        #expect(built.stderr.contains("error: plugin 'fake': this title is too long for the CRM"))
    }

    @Test func aPluginThatFailsItsCheckIsAnErrorAtTheStage() throws {
        let project = try TemporaryProject()
        try project.write("plugins/fake.py", MisbehavingPlugin.script)
        let yaml = SampleCampaign.yaml() + "pipeline:\n  - stage: fake\n    command: [python3, plugins/fake.py, fail]\n"
        try project.campaign("sample.yaml", yaml)
        let result = try project.advocate("validate", "sample")
        #expect(result.status == 65)
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).count - 2
        #expect(result.stderr.contains("Campaigns/sample.yaml:\(line):12: error: the check of stage 'fake' could not run: plugin 'fake' failed with exit status 3"), "\(result.stderr)")
    }
}
