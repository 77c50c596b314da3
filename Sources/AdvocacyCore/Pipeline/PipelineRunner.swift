/// Runs stages in order over one build context, naming the stage in every error.
public enum PipelineRunner {
    /// Runs `stages`; `progress` hears `[i/n] name` before each one.
    public static func run(
        _ stages: [Stage], in context: inout BuildContext, progress: (String) -> Void = { _ in }
    ) async throws(AdvocateError) {
        for (index, stage) in stages.enumerated() {
            progress("[\(index + 1)/\(stages.count)] \(stage.name)")
            context.currentStage = stage.name
            do {
                try await stage.body(&context)
            } catch let error as AdvocateError {
                throw error.inStage(stage.name)
            } catch {
                throw AdvocateError(.internalError, "\(error)").inStage(stage.name)
            }
        }
        context.currentStage = ""
    }
}
