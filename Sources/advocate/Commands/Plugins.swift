import AdvocacyCore
import ArgumentParser

/// `advocate plugins`: the stages campaigns can use, with their options.
struct Plugins: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the stages campaigns can use, with their options and defaults."
    )

    @OptionGroup var options: CampaignOptions

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() async throws {
        let registry = options.registry
        if json {
            try JSONOutput.print(registry.definitions.map { PluginJSON($0, isDefault: registry.defaultPipeline.contains($0.name)) })
            return
        }
        for definition in registry.definitions {
            let origin = registry.defaultPipeline.contains(definition.name) ? "built-in, in the default pipeline" : "built-in"
            Terminal.output("\(definition.name) (\(origin))\n    \(definition.summary)")
            for option in definition.options {
                Terminal.output("    \(option.name): \(option.defaultValue) — \(option.summary)")
            }
        }
    }

    struct PluginJSON: Encodable {
        let name: String
        let kind = "built-in"
        let summary: String
        let inDefaultPipeline: Bool
        let options: [OptionJSON]

        init(_ definition: StageDefinition, isDefault: Bool) {
            name = definition.name
            summary = definition.summary
            inDefaultPipeline = isDefault
            options = definition.options.map { OptionJSON(name: $0.name, default: $0.defaultValue.description, type: $0.defaultValue.kindName, summary: $0.summary) }
        }
    }

    struct OptionJSON: Encodable {
        let name: String
        let `default`: String
        let type: String
        let summary: String
    }
}
