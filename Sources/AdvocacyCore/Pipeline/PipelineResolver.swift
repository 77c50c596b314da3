/// Turns a campaign's `pipeline:` (or the registry's default) into stages, checking every
/// stage name and option against the registry.
public enum PipelineResolver {
    /// The stages to run, and a diagnostic for each unknown stage, unknown option, option of
    /// the wrong type, or external program the project does not allow. `plugins` are the
    /// external stages a partner profile provides; `trust` decides which programs may run.
    static func resolve(
        _ spec: PipelineSpec?, registry: StageRegistry, plugins: [PluginDeclaration] = [], trust: PluginTrust? = nil
    ) -> ([Stage], [Diagnostic]) {
        guard let spec else {
            return (registry.defaultPipeline.compactMap { registry.definition(named: $0)?.stage() }, [])
        }
        var diagnostics: [Diagnostic] = []
        var stages: [Stage] = []
        for reference in spec.stages {
            if let plugin = reference.plugin ?? plugins.first(where: { $0.name.value == reference.name.value }),
               registry.definition(named: reference.name.value) == nil || reference.plugin != nil {
                var stage = ExternalStage.stage(plugin, options: reference.options)
                switch trust?.decision(for: plugin) {
                case .refused(let reason):
                    diagnostics.append(.error(reason, at: reference.name.location, notes: [.init("the command is declared here", at: plugin.declaredAt)]))
                case .allowed(let reason):
                    stage.permission = reason
                case nil:
                    break
                }
                stage.declaredAt = reference.name.location
                stages.append(stage)
                continue
            }
            guard let definition = registry.definition(named: reference.name.value) else {
                let names = registry.definitions.map(\.name) + plugins.map(\.name.value)
                diagnostics.append(.error(
                    "there is no stage called '\(reference.name.value)'\(Suggestion.clause(for: reference.name.value, among: names)) (stages: \(names.joined(separator: ", ")))",
                    at: reference.name.location))
                continue
            }
            var overrides: [String: OptionValue] = [:]
            for entry in reference.options {
                guard let option = definition.options.first(where: { $0.name == entry.key }) else {
                    let names = definition.options.map(\.name)
                    let known = names.isEmpty ? "it takes no options" : "its options: \(names.joined(separator: ", "))"
                    diagnostics.append(.error(
                        "stage '\(definition.name)' has no option '\(entry.key)'\(Suggestion.clause(for: entry.key, among: names)) (\(known))",
                        at: entry.keyLocation))
                    continue
                }
                if let value = typed(entry.value, like: option.defaultValue) {
                    overrides[option.name] = value
                } else {
                    diagnostics.append(.error(
                        "option '\(option.name)' of stage '\(definition.name)' should be \(option.defaultValue.kindName)",
                        at: entry.value.location))
                }
            }
            var stage = definition.stage(with: overrides)
            stage.declaredAt = reference.name.location
            stages.append(stage)
        }
        return (stages, diagnostics)
    }

    /// A YAML value read as the same kind as `example`, or `nil` if it is not one.
    static func typed(_ node: YAMLNode, like example: OptionValue) -> OptionValue? {
        switch (example, node.content) {
        case (.bool, .scalar(let scalar)) where scalar.style == .plain:
            switch scalar.text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        case (.integer, .scalar(let scalar)):
            return Int(scalar.text).map(OptionValue.integer)
        case (.text, .scalar(let scalar)) where !scalar.isNull:
            return .text(scalar.text)
        case (.list, .sequence(let items)):
            let texts = items.compactMap { $0.scalar.flatMap { $0.isNull ? nil : $0.text } }
            return texts.count == items.count ? .list(texts) : nil
        default:
            return nil
        }
    }
}
