import AdvocacyCore
import ArgumentParser

/// `advocate plugins`: the built-in stages, and the external ones the project's campaigns and
/// partner profiles declare.
struct Plugins: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the built-in stages, and the external stages the project's campaigns and partners declare."
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
            for option in definition.options {
                Terminal.output("    \(option.name): \(option.defaultValue) — \(option.summary)")
            }
        }
        for plugin in external {
            let users = plugin.usedBy.isEmpty ? "used by no campaign" : "used by \(plugin.usedBy.joined(separator: ", "))"
            Terminal.output("\(plugin.name) (external, declared at \(plugin.declaredAt ?? "?"); \(users))\n    runs `\((plugin.command ?? []).joined(separator: " "))`")
            if !plugin.summary.isEmpty { Terminal.output("    \(plugin.summary)") }
        }
    }

    /// The external stages of the project's campaigns and partner profiles, one entry per
    /// declaration, with the campaigns that use it.
    private func configuredPlugins() -> [PluginJSON] {
        var found: [String: PluginJSON] = [:]
        func add(_ plugin: PluginDeclaration, usedBy campaign: String?) {
            let key = plugin.declaredAt.description
            var entry = found[key] ?? PluginJSON(plugin)
            if let campaign, !entry.usedBy.contains(campaign) { entry.usedBy.append(campaign) }
            found[key] = entry
        }
        let loader = options.loader
        for file in loader.project.campaignFiles() {
            guard let loaded = try? loader.load(file: file) else { continue }
            for plugin in loaded.stages.compactMap(\.plugin) { add(plugin, usedBy: loaded.campaign?.id.value) }
            for plugin in loaded.partner?.plugins ?? [] { add(plugin, usedBy: nil) }
        }
        return found.values.sorted { ($0.name, $0.declaredAt ?? "") < ($1.name, $1.declaredAt ?? "") }
    }

    struct PluginJSON: Encodable {
        let name: String
        let kind: String
        let summary: String
        let inDefaultPipeline: Bool
        let options: [OptionJSON]
        let command: [String]?
        let declaredAt: String?
        var usedBy: [String]

        init(_ definition: StageDefinition, isDefault: Bool) {
            name = definition.name
            kind = "built-in"
            summary = definition.summary
            inDefaultPipeline = isDefault
            options = definition.options.map { OptionJSON(name: $0.name, default: $0.defaultValue.description, type: $0.defaultValue.kindName, summary: $0.summary) }
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
    }

    struct OptionJSON: Encodable {
        let name: String
        let `default`: String
        let type: String
        let summary: String
    }
}
