extension PipelineResolver {
    /// An error for each product a stage of the campaign's pipeline needs that no stage before it
    /// provides, at the needing stage's entry under `pipeline:`: the provider runs after it, or
    /// not at all.
    static func missingProducts(in stages: [Stage], registry: StageRegistry) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, stage) in stages.enumerated() {
            guard let location = stage.declaredAt else { continue }
            for kind in stage.needs where !stages[..<index].contains(where: { $0.provides.contains(kind) }) {
                let message: String
                if let later = stages[(index + 1)...].first(where: { $0.provides.contains(kind) }) {
                    message = "stage '\(stage.name)' needs '\(later.name)', which runs after it: '\(later.name)' provides the \(kind); move it before '\(stage.name)'"
                } else if let provider = registry.providers(of: kind).first {
                    message = "stage '\(stage.name)' needs '\(provider.name)', which this pipeline does not run: '\(provider.name)' provides the \(kind); add it before '\(stage.name)'"
                } else {
                    message = "stage '\(stage.name)' needs the \(kind), which no stage provides"
                }
                diagnostics.append(.error(message, at: location))
            }
        }
        return diagnostics
    }
}
