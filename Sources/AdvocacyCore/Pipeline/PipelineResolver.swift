/// Turns a campaign's `pipeline:` (or the registry's default) into stages, checking every
/// stage name and option against the registry.
public enum PipelineResolver {
    /// The stages to run, and a diagnostic for each unknown stage, unknown option, option
    /// value of the wrong type or outside its choices, combination of options a stage refuses,
    /// program the project does not allow, or product a stage needs that no stage before it
    /// provides. Each stage's options are decoded into its typed ``StageOptionSet``; a path they
    /// name is checked against `project`. `plugins` are the external stages a partner profile
    /// provides; `trust` decides which programs may run: an external stage's command and every
    /// option of the command kind written in a file, whatever the stage (an option's default is
    /// the project's own).
    static func resolve(
        _ spec: PipelineSpec?, registry: StageRegistry, plugins: [PluginDeclaration] = [], trust: PluginTrust? = nil,
        project: Project? = nil
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
            let decoded = definition.stage(options: reference.options, at: reference.name.location, project: project)
            diagnostics += decoded.diagnostics
            var stage = decoded.stage
            for entry in decoded.read {
                // The trust rule follows from the option's kind, whichever stage declares it.
                guard case .command(let words)? = stage.options[entry.key], !words.isEmpty else { continue }
                let program = ProgramDeclaration(option: entry.key, of: definition.name, command: words, declaredAt: entry.value.location)
                if let checked = check(program, usedAt: entry.keyLocation, trust: trust, into: &diagnostics) { stage.programs.append(checked) }
            }
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
}
