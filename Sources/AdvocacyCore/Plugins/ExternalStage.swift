import Foundation

/// A stage backed by an external program speaking the plugin protocol (docs/plugins.md),
/// run through ``ProcessRunner`` from the project root.
///
/// A problem the plugin reports about the campaign is a content error (exit 65), shown as a
/// diagnostic naming the plugin; a plugin that fails, hangs, or answers outside the protocol
/// is unavailable (exit 69), with what it did.
enum ExternalStage {
    static func stage(_ plugin: PluginDeclaration, options: [YAMLMappingEntry]) -> Stage {
        let json = Dictionary(options.map { ($0.key, JSONValue($0.value)) }, uniquingKeysWith: { first, _ in first })
        let shown = StageOptions(options.map { ($0.key, .text($0.value.scalar?.text ?? "…")) })
        var stage = Stage(name: plugin.name.value, shownOptions: shown) { context in
            try await run(plugin, options: json, in: &context)
        }
        stage.plugin = plugin
        return stage
    }

    private static func run(_ plugin: PluginDeclaration, options: [String: JSONValue], in context: inout BuildContext) async throws {
        let name = plugin.name.value
        let input = try requestLines(stage: name, options: options, context: context)
        let command = plugin.command.map(\.value)
        let outcome = try await ProcessRunner.run(ProcessRequest(
            executable: command[0], arguments: Array(command.dropFirst()), workingDirectory: context.projectRoot,
            standardInput: input, timeout: .seconds(plugin.timeoutSeconds)))
        try checkTermination(of: outcome, plugin: name, timeout: plugin.timeoutSeconds)
        let response = try PluginAnswer.parse(outcome, plugin: name)
        for file in response.files ?? [] {
            do {
                try context.write(file.text, to: file.path, language: file.language.flatMap(LanguageCode.init))
            } catch {
                throw AdvocateError(.unavailable, "plugin '\(name)' asked to write '\(file.path)', which is not a plain path inside its output folder")
            }
        }
        try report(response.diagnostics ?? [], plugin: name, in: &context)
    }

    /// The handshake and the request, one JSON object per line.
    private static func requestLines(stage: String, options: [String: JSONValue], context: BuildContext) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let handshake = PluginProtocol.Handshake(protocol: PluginProtocol.version, advocate: AdvocateVersion.current.text, capabilities: ["files", "diagnostics"])
        let request = PluginProtocol.Request(
            stage: stage, options: options, languages: context.languages.map(\.code), campaign: CampaignJSON(context.campaign))
        return Array(try encoder.encode(handshake)) + [0x0A] + Array(try encoder.encode(request)) + [0x0A]
    }

    private static func checkTermination(of outcome: ProcessOutcome, plugin: String, timeout: Int) throws(AdvocateError) {
        let tail = ProcessOutcome.tail(of: outcome.standardError)
        switch outcome.termination {
        case .exited(0):
            return
        case .exited(let status):
            throw AdvocateError(.unavailable, "plugin '\(plugin)' failed with exit status \(status)\(tail)")
        case .signalled(let signal):
            throw AdvocateError(.unavailable, "plugin '\(plugin)' was killed by signal \(signal)\(tail)")
        case .timedOut:
            throw AdvocateError(.unavailable, "plugin '\(plugin)' did not finish within \(timeout) s and was stopped; raise its 'timeout' if it needs longer\(tail)")
        }
    }

    private static func report(_ problems: [PluginProtocol.Problem], plugin: String, in context: inout BuildContext) throws(AdvocateError) {
        var errors: [Diagnostic] = []
        for problem in problems {
            let location = problem.key.flatMap { KeyPath.node(at: $0, in: context.campaign.document)?.location }
                ?? context.campaign.id.location
            let diagnostic = Diagnostic(problem.severity == "warning" ? .warning : .error, "plugin '\(plugin)': \(problem.message)", at: location)
            if diagnostic.severity == .error { errors.append(diagnostic) } else { context.warnings.append(diagnostic) }
        }
        if !errors.isEmpty {
            throw AdvocateError(.invalidInput, "plugin '\(plugin)' found \(errors.count) problem\(errors.count == 1 ? "" : "s") in the campaign", diagnostics: errors)
        }
    }
}
