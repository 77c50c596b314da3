/// Turns a campaign's `pipeline:` (or the registry's default) into stages, checking every
/// stage name and option against the registry.
public enum PipelineResolver {
    /// The stages to run, and a diagnostic for each unknown stage, unknown option, option of
    /// the wrong type, program the project does not allow, or product a stage needs that no
    /// stage before it provides. `plugins` are the external
    /// stages a partner profile provides; `trust` decides which programs may run: an external
    /// stage's command and every option of the command kind written in a file, whatever the
    /// stage (an option's default is the project's own).
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
                if let checked = check(ProgramDeclaration(plugin), usedAt: reference.name.location, trust: trust, into: &diagnostics) {
                    stage.programs.append(checked)
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
            var programs: [CheckedProgram] = []
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
                    if case .command(let words) = value, !words.isEmpty {
                        let program = ProgramDeclaration(option: option.name, of: definition.name, command: words, declaredAt: entry.value.location)
                        if let checked = check(program, usedAt: entry.keyLocation, trust: trust, into: &diagnostics) { programs.append(checked) }
                    }
                } else {
                    diagnostics.append(.error(
                        "option '\(option.name)' of stage '\(definition.name)' should be \(option.defaultValue.kindName)",
                        at: entry.value.location))
                }
            }
            var stage = definition.stage(with: overrides)
            stage.programs = programs
            stage.declaredAt = reference.name.location
            stages.append(stage)
        }
        return (stages, diagnostics + missingProducts(in: stages, registry: registry))
    }

    /// `program` with the trust rule's decision; a refusal is also an error at `location`,
    /// where the campaign uses it, with a note where the command is written.
    private static func check(
        _ program: ProgramDeclaration, usedAt location: SourceLocation, trust: PluginTrust?, into diagnostics: inout [Diagnostic]
    ) -> CheckedProgram? {
        guard let decision = trust?.decision(for: program) else { return nil }
        if case .refused(let reason) = decision {
            diagnostics.append(.error(reason, at: location, notes: [.init("the command is declared here", at: program.declaredAt)]))
        }
        return CheckedProgram(declaration: program, decision: decision)
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
        case (.command, .sequence(let items)):
            let words = items.compactMap { $0.scalar.flatMap { $0.isNull ? nil : $0.text } }
            return words.count == items.count ? .command(words) : nil
        default:
            return nil
        }
    }
}
