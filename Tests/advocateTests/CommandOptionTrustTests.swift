import AdvocacyFixtures
import Foundation
import Testing

/// Options of built-in stages that name a program (`draft`'s `pdf-engine`, `translate`'s
/// `command`) under the same trust rule as external stages, through the real binary: a
/// template's runs nothing until the project allows it; the campaign's own runs.
struct CommandOptionTrustTests {
    /// A hostile option of a built-in stage: a command that leaves `pwned` in the project folder
    /// and otherwise does its job, so that a build it may run succeeds.
    struct HostileOption: CustomTestStringConvertible, Sendable {
        /// The name it is allowed under.
        let name: String
        let option: String
        let stage: String
        /// The command, as the option's words.
        let command: [String]
        /// The campaign's text for the stage: the campaign, then its `pipeline:`.
        let campaign: @Sendable (String) -> String
        var testDescription: String { name }

        /// The command as the diagnostics show it.
        var commandLine: String { command.joined(separator: " ") }
        /// The option as a YAML flow list.
        var flowList: String { "[" + command.map { "'\($0.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: ", ") + "]" }
    }

    static let options: [HostileOption] = [
        HostileOption(
            name: "draft.pdf-engine", option: "pdf-engine", stage: "draft",
            command: ["sh", "-c", "touch pwned; cp \"$0\" \"$1\""],
            campaign: { SampleCampaign.yaml(id: $0) }),
        HostileOption(
            name: "translate.command", option: "command", stage: "translate",
            command: ["sh", "-c", "cat >/dev/null; touch pwned; echo '{\"translations\": []}'"],
            campaign: { SampleCampaign.yaml(id: $0).replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: "") }),
    ]

    /// The `pipeline:` that runs `hostile` (plus `draft`, for the translation's stage).
    private func pipeline(_ hostile: HostileOption) -> String {
        switch hostile.stage {
        case "draft": "pipeline:\n  - stage: draft\n    options:\n      pdf: true\n      \(hostile.option): \(hostile.flowList)\n"
        default: "pipeline:\n  - stage: translate\n    options:\n      provider: command\n      \(hostile.option): \(hostile.flowList)\n  - draft\n"
        }
    }

    /// A project with the template `hostile` declaring the option, and the campaign `overlay`
    /// extending it; the template's text, to find the option's line in.
    private func project(_ hostile: HostileOption) throws -> (TemporaryProject, String) {
        let project = try TemporaryProject()
        let template = hostile.campaign("hostile") + pipeline(hostile)
        try project.write("Campaigns/templates/hostile.yaml", template)
        try project.campaign("overlay.yaml", "id: overlay\nextends: hostile\n")
        return (project, template)
    }

    private func pwned(_ project: TemporaryProject) -> Bool {
        FileManager.default.fileExists(atPath: project.root.appendingPathComponent("pwned").path)
    }

    @Test(arguments: options)
    func aTemplatesCommandOptionIsRefusedAndRunsNothing(_ hostile: HostileOption) throws {
        let (project, template) = try project(hostile)
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.hasPrefix("      \(hostile.option):") }) + 1
        let message = "option '\(hostile.option)' of stage '\(hostile.stage)' would run `\(hostile.commandLine)`, declared in a campaign this one extends Campaigns/templates/hostile.yaml, which this project does not trust to run programs; allow it in allowed-plugins.yaml or with --allow-plugin \(hostile.name)"

        let validate = try project.advocate("validate", "overlay")
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("Campaigns/templates/hostile.yaml:\(line):7: error: \(message)\n"), "stderr was:\n\(validate.stderr)")
        #expect(validate.stderr.contains("Campaigns/templates/hostile.yaml:\(line):\(9 + hostile.option.count): note: the command is declared here"))

        let build = try project.advocate("build", "overlay", "--lang", "nl")
        #expect(build.status == 65)
        #expect(build.stderr.contains(message))
        #expect(!pwned(project))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out").path))

        let pipeline = try project.advocate("pipeline", "overlay")
        #expect(pipeline.status == 65)
        #expect(pipeline.stderr.contains(message))

        let plugins = try project.advocate("plugins")
        #expect(plugins.status == 0)
        #expect(plugins.stdout.contains("""
            \(hostile.name) (command option, declared at Campaigns/templates/hostile.yaml:\(line):\(9 + hostile.option.count); used by overlay)
                runs `\(hostile.commandLine)`
                for overlay: refused: \(message)
            """), "stdout was:\n\(plugins.stdout)")
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(project.advocate("plugins", "--json").stdout.utf8)) as? [[String: Any]])
        let entry = try #require(listed.first { $0["name"] as? String == hostile.name })
        #expect(entry["kind"] as? String == "command option")
        #expect(entry["command"] as? [String] == hostile.command)
        let decisions = try #require(entry["decisions"] as? [[String: Any]])
        #expect(decisions.map { $0["campaign"] as? String } == ["overlay"])
        #expect(decisions.map { ($0["decision"] as? [String: Any])?["mayRun"] as? Bool } == [false])
        #expect(!pwned(project))
    }

    @Test(arguments: options)
    func aTemplatesCommandOptionRunsOnceAllowed(_ hostile: HostileOption) throws {
        let (project, _) = try project(hostile)
        let once = try project.advocate("build", "overlay", "--lang", "nl", "--allow-plugin", hostile.name)
        #expect(once.status == 0, "stderr was:\n\(once.stderr)")
        #expect(pwned(project))
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("pwned"))

        let words = hostile.command.map { "'\($0.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: ", ")
        for entry in ["- name: \(hostile.name)\n", "- name: \(hostile.name)\n  command: [\(words)]\n"] {
            try project.write("allowed-plugins.yaml", entry)
            let validate = try project.advocate("validate", "overlay")
            #expect(validate.status == 0, "stderr was:\n\(validate.stderr)")
            #expect(validate.stdout.contains("    stage '\(hostile.stage)' option '\(hostile.option)' runs `\(hostile.commandLine)`, declared at Campaigns/templates/hostile.yaml:"))
            #expect(validate.stdout.contains("; allowed by allowed-plugins.yaml\n"))
            let pipeline = try project.advocate("pipeline", "overlay")
            #expect(pipeline.status == 0)
            #expect(pipeline.stdout.contains("     option '\(hostile.option)' runs `\(hostile.commandLine)`, declared at Campaigns/templates/hostile.yaml:"))
            let stages = try #require(try JSONSerialization.jsonObject(with: Data(project.advocate("pipeline", "overlay", "--json").stdout.utf8)) as? [[String: Any]])
            let programs = stages.flatMap { $0["programs"] as? [[String: Any]] ?? [] }
            #expect(programs.map { $0["name"] as? String } == [hostile.name])
            #expect(programs.map { $0["command"] as? [String] } == [hostile.command])
            #expect(programs.map { ($0["decision"] as? [String: Any])?["reason"] as? String } == ["allowed by allowed-plugins.yaml"])
            let build = try project.advocate("build", "overlay", "--lang", "nl")
            #expect(build.status == 0, "stderr was:\n\(build.stderr)")
            #expect(pwned(project))
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("pwned"))
        }
    }

    @Test(arguments: options)
    func anAllowlistEntryPinningAnotherCommandRefusesIt(_ hostile: HostileOption) throws {
        let (project, _) = try project(hostile)
        try project.write("allowed-plugins.yaml", "- name: \(hostile.name)\n  command: [weasyprint]\n")
        let validate = try project.advocate("validate", "overlay")
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("option '\(hostile.option)' of stage '\(hostile.stage)' would run `\(hostile.commandLine)`, declared in a campaign this one extends Campaigns/templates/hostile.yaml, but allowed-plugins.yaml allows it to run only `weasyprint`; review the change and update allowed-plugins.yaml"))
        let build = try project.advocate("build", "overlay", "--lang", "nl")
        #expect(build.status == 65)
        #expect(!pwned(project))
    }

    @Test(arguments: options)
    func theSameOptionInTheCampaignsOwnFileRuns(_ hostile: HostileOption) throws {
        let project = try TemporaryProject()
        try project.campaign("own.yaml", hostile.campaign("own") + pipeline(hostile))
        let validate = try project.advocate("validate", "own")
        #expect(validate.status == 0, "stderr was:\n\(validate.stderr)")
        #expect(validate.stdout.contains("    stage '\(hostile.stage)' option '\(hostile.option)' runs `\(hostile.commandLine)`, declared at Campaigns/own.yaml:"))
        #expect(validate.stdout.contains("; written in the campaign's own file\n"))
        let build = try project.advocate("build", "own", "--lang", "nl")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        #expect(pwned(project))
    }

    @Test func anAllowlistNameIsAStageOrAStageAndItsOption() throws {
        let (project, _) = try project(Self.options[0])
        try project.write("allowed-plugins.yaml", "- name: draft.pdf-engine.x\n")
        let validate = try project.advocate("validate", "overlay")
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("allowed-plugins.yaml:1:9: error: the plugin name 'draft.pdf-engine.x' is not a valid name; use an external stage's id, such as 'crm-export', or a stage and its command option, such as 'draft.pdf-engine'"))
    }
}
