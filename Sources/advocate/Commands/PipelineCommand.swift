import AdvocacyCore
import ArgumentParser

/// `advocate pipeline CAMPAIGN`: the stages a build would run, in order, with their options.
struct PipelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Print the stages a build of the campaign runs, in order, with their options.",
        discussion: "Examples:\n  advocate pipeline decent-work\n  advocate pipeline decent-work --json"
    )

    @OptionGroup var options: CampaignOptions

    @Flag(help: "Print the stages as JSON.")
    var json = false

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let (loaded, campaign) = try options.loadValid(self.campaign)
            let origin = campaign.pipeline.map { "\($0.location.file):\($0.location.line)" } ?? "the default pipeline"
            if json {
                try JSONOutput.print(loaded.stages.map(StageJSON.init))
                return
            }
            Terminal.output("\(campaign.id.value): \(loaded.stages.count) stage\(loaded.stages.count == 1 ? "" : "s"), from \(origin)")
            for (index, stage) in loaded.stages.enumerated() {
                Terminal.output("\(index + 1). \(stage.name)")
                for run in Self.describePrograms(of: stage) { Terminal.output("     \(run)") }
                for option in stage.options.settings {
                    Terminal.output("     \(option.name): \(option.value)")
                }
            }
        }
    }

    /// One line per program the stage names, with where it is written and why it may run:
    /// "runs `python3 plugins/export.py`, declared at file:line; allowed by …" for an external
    /// stage, "option 'pdf-engine' runs `…`, declared at …; …" for an option of the command kind.
    static func describePrograms(of stage: Stage) -> [String] {
        stage.programs.map { checked in
            let program = checked.declaration
            return "\(program.option.map { "option '\($0)' " } ?? "")runs `\(program.commandLine)`, declared at \(program.declaredAt); \(checked.decision)"
        }
    }

    struct StageJSON: Encodable {
        let name: String
        let options: [OptionJSON]
        let declaredAt: String?
        let programs: [ProgramJSON]

        init(_ stage: Stage) {
            name = stage.name
            options = stage.options.settings.map(OptionJSON.init)
            declaredAt = stage.declaredAt?.description
            programs = stage.programs.map(ProgramJSON.init)
        }
    }

    /// An option in force: its value, and, for a built-in stage, its type, choices, default and
    /// help, from the stage's declaration.
    struct OptionJSON: Encodable {
        let name: String
        let value: String
        let type: String?
        let choices: [String]?
        let `default`: String?
        let help: String?

        init(_ setting: StageOptions.Setting) {
            name = setting.name
            value = setting.value.description
            type = setting.declaration?.typeName
            choices = setting.declaration.flatMap { $0.choices.isEmpty ? nil : $0.choices }
            self.default = setting.declaration?.defaultValue.description
            help = setting.declaration?.help
        }
    }

    /// A program a stage names: its allowlist name, command, where it is written, and the
    /// trust rule's answer.
    struct ProgramJSON: Encodable {
        let name: String
        let option: String?
        let command: [String]
        let declaredAt: String
        let decision: PluginTrust.Decision

        init(_ checked: CheckedProgram) {
            name = checked.declaration.name
            option = checked.declaration.option
            command = checked.declaration.command
            declaredAt = checked.declaration.declaredAt.description
            decision = checked.decision
        }
    }
}
