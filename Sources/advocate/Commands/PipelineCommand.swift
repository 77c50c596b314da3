import AdvocacyCore
import ArgumentParser

/// `advocate pipeline CAMPAIGN`: the stages a build would run, in order, with their options.
struct PipelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Print the stages a build of the campaign runs, in order, with their options."
    )

    @OptionGroup var options: CampaignOptions

    @Flag(help: "Print the stages as JSON.")
    var json = false

    @Argument(help: "A campaign file or id.")
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
                if let run = Self.describeProgram(of: stage) { Terminal.output("     \(run)") }
                for option in stage.options.values {
                    Terminal.output("     \(option.name): \(option.value)")
                }
            }
        }
    }

    /// "runs `python3 plugins/export.py`, declared at file:line (allowed by …)", for external stages.
    static func describeProgram(of stage: Stage) -> String? {
        guard let plugin = stage.plugin else { return nil }
        let permission = stage.permission.map { "; \($0)" } ?? ""
        return "runs `\(plugin.commandLine)`, declared at \(plugin.declaredAt)\(permission)"
    }

    struct StageJSON: Encodable {
        let name: String
        let options: [String: String]
        let declaredAt: String?
        let command: [String]?
        let commandDeclaredAt: String?
        let permission: String?

        init(_ stage: Stage) {
            name = stage.name
            options = Dictionary(stage.options.values.map { ($0.name, $0.value.description) }, uniquingKeysWith: { first, _ in first })
            declaredAt = stage.declaredAt?.description
            command = stage.plugin?.command.map(\.value)
            commandDeclaredAt = stage.plugin?.declaredAt.description
            permission = stage.permission
        }
    }
}
