import AdvocacyCore
import ArgumentParser

/// `advocate plugins`: the built-in stages, the external ones the project's campaigns and
/// partner profiles declare, and the programs its campaigns name in command options, each with
/// whether it may run for each campaign that uses it.
struct Plugins: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the built-in stages, the external stages the project's campaigns and partners declare, and the programs campaigns name in stage options, with whether each may run.",
        discussion: "Examples:\n  advocate plugins\n  advocate plugins --json"
    )

    @OptionGroup var options: CampaignOptions

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() async throws {
        let registry = options.registry
        let builtIn = registry.definitions.map { PluginJSON($0, isDefault: registry.defaultPipeline.contains($0.name)) }
        let external = configuredPlugins()
        if json {
            try JSONOutput.print(builtIn + external)
            return
        }
        for definition in registry.definitions {
            let origin = registry.defaultPipeline.contains(definition.name) ? "built-in, in the default pipeline" : "built-in"
            Terminal.output("\(definition.name) (\(origin))\n    \(definition.summary)")
            let products = [("needs", definition.needs), ("provides", definition.provides)].filter { !$0.1.isEmpty }
            if !products.isEmpty {
                Terminal.output("    " + products.map { "\($0.0): \($0.1.map(\.name).joined(separator: ", "))" }.joined(separator: "; "))
            }
            for option in definition.options {
                Terminal.output("    \(option.name) (\(option.typeName); default \(option.defaultValue)) — \(option.help)")
            }
        }
        for plugin in external {
            let users = plugin.usedBy.isEmpty ? "used by no campaign" : "used by \(plugin.usedBy.joined(separator: ", "))"
            Terminal.output("\(plugin.name) (\(plugin.kind), declared at \(plugin.declaredAt ?? "?"); \(users))\n    runs `\((plugin.command ?? []).joined(separator: " "))`")
            if !plugin.summary.isEmpty { Terminal.output("    \(plugin.summary)") }
            for entry in plugin.decisions { Terminal.output("    for \(entry.campaign): \(entry.decision)") }
        }
    }

    /// The external stages of the project's campaigns and partner profiles and the command
    /// options its campaigns write, one entry per declaration, with the campaigns that use it
    /// and whether it may run for each.
    private func configuredPlugins() -> [PluginJSON] {
        var found: [String: PluginJSON] = [:]
        func add(_ entry: @autoclosure () -> PluginJSON, at location: SourceLocation, usedBy campaign: String?, _ decision: PluginTrust.Decision?) {
            let key = location.description
            var entry = found[key] ?? entry()
            if let campaign, !entry.usedBy.contains(campaign) {
                entry.usedBy.append(campaign)
                if let decision { entry.decisions.append(DecisionJSON(campaign: campaign, decision: decision)) }
            }
            found[key] = entry
        }
        let loader = options.loader
        for file in loader.project.campaignFiles() {
            guard let loaded = try? loader.load(file: file) else { continue }
            let campaign = loaded.campaign?.id.value
            for stage in loaded.stages {
                for checked in stage.programs {
                    let program = checked.declaration
                    if program.option == nil, let plugin = stage.plugin {
                        add(PluginJSON(plugin), at: program.declaredAt, usedBy: campaign, checked.decision)
                    } else {
                        add(PluginJSON(program), at: program.declaredAt, usedBy: campaign, checked.decision)
                    }
                }
            }
            for plugin in loaded.partner?.plugins ?? [] { add(PluginJSON(plugin), at: plugin.declaredAt, usedBy: nil, nil) }
        }
        return found.values.sorted { ($0.name, $0.declaredAt ?? "") < ($1.name, $1.declaredAt ?? "") }
    }

    struct PluginJSON: Encodable {
        let name: String
        let kind: String
        let summary: String
        let inDefaultPipeline: Bool
        /// The products a built-in stage reads from earlier stages, and those it publishes.
        var needs: [String]?
        var provides: [String]?
        let options: [OptionJSON]
        let command: [String]?
        let declaredAt: String?
        var usedBy: [String]
        /// For each campaign that uses it, whether it may run there and why.
        var decisions: [DecisionJSON] = []

        init(_ definition: StageDefinition, isDefault: Bool) {
            name = definition.name
            kind = "built-in"
            summary = definition.summary
            inDefaultPipeline = isDefault
            needs = definition.needs.map(\.name)
            provides = definition.provides.map(\.name)
            options = definition.options.map(OptionJSON.init)
            command = nil
            declaredAt = nil
            usedBy = []
        }

        init(_ plugin: PluginDeclaration) {
            name = plugin.name.value
            kind = "external"
            summary = plugin.summary ?? ""
            inDefaultPipeline = false
            options = []
            command = plugin.command.map(\.value)
            declaredAt = plugin.declaredAt.description
            usedBy = []
        }

        init(_ program: ProgramDeclaration) {
            name = program.name
            kind = "command option"
            summary = ""
            inDefaultPipeline = false
            options = []
            command = program.command
            declaredAt = program.declaredAt.description
            usedBy = []
        }
    }

    /// Whether a program may run for one campaign that uses it.
    struct DecisionJSON: Encodable {
        let campaign: String
        let decision: PluginTrust.Decision
    }

    /// A stage option as its declaration gives it: name, type, choices, default and help.
    struct OptionJSON: Encodable {
        let name: String
        let type: String
        /// The values a choice may take; `nil` for other types.
        let choices: [String]?
        let `default`: String
        let help: String

        init(_ option: StageOption) {
            name = option.name
            type = option.typeName
            choices = option.choices.isEmpty ? nil : option.choices
            self.default = option.defaultValue.description
            help = option.help
        }
    }
}
