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
        stage.pluginCheck = { input throws(AdvocateError) in try await check(plugin, options: json, input: input) }
        return stage
    }

    private static func run(_ plugin: PluginDeclaration, options: [String: JSONValue], in context: inout BuildContext) async throws {
        let name = plugin.name.value
        let request = PluginProtocol.Request(
            stage: name, options: options, languages: context.languages.map(\.code), campaign: CampaignJSON(context.campaign))
        let (_, response) = try await exchange(plugin, request: request, in: context.projectRoot)
        for file in response.files ?? [] {
            do {
                try context.write(file.text, to: file.path, language: file.language.flatMap(LanguageCode.init))
            } catch {
                throw AdvocateError(.unavailable, "plugin '\(name)' asked to write '\(file.path)', which is not a plain path inside its output folder")
            }
        }
        try report(response.diagnostics ?? [], plugin: name, in: &context)
    }

    /// The problems the plugin finds in the campaign, in every language it speaks, asked with a
    /// check request; none from a plugin whose handshake does not list the check capability
    /// (one made for protocol 1.0 answers as for a build, and its answer is set aside).
    static func check(_ plugin: PluginDeclaration, options: [String: JSONValue], input: StageCheckInput) async throws(AdvocateError) -> [Diagnostic] {
        let request = PluginProtocol.Request(
            type: "check", stage: plugin.name.value, options: options,
            languages: input.campaign.languages.map(\.value.code), campaign: CampaignJSON(input.campaign))
        let (handshake, response) = try await exchange(plugin, request: request, in: input.project.root)
        guard handshake.capabilities?.contains(PluginProtocol.checkCapability) == true else { return [] }
        return diagnostics(response.diagnostics ?? [], plugin: plugin.name.value, in: input.campaign)
    }

    /// Runs the plugin with the handshake and `request` on its stdin, and reads its answer.
    private static func exchange(
        _ plugin: PluginDeclaration, request: PluginProtocol.Request, in root: URL
    ) async throws(AdvocateError) -> (handshake: PluginProtocol.Handshake, response: PluginProtocol.Response) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let handshake = PluginProtocol.Handshake(protocol: PluginProtocol.version, advocate: AdvocateVersion.current.text, capabilities: PluginProtocol.capabilities)
        let input: [UInt8]
        do {
            input = Array(try encoder.encode(handshake)) + [0x0A] + Array(try encoder.encode(request)) + [0x0A]
        } catch {
            throw AdvocateError(.internalError, "the request to plugin '\(plugin.name.value)' could not be written as JSON: \(error)")
        }
        let command = plugin.command.map(\.value)
        let outcome = try await ProcessRunner.run(ProcessRequest(
            executable: command[0], arguments: Array(command.dropFirst()), workingDirectory: root,
            standardInput: input, timeout: .seconds(plugin.timeoutSeconds)))
        try checkTermination(of: outcome, plugin: plugin.name.value, timeout: plugin.timeoutSeconds)
        return try PluginAnswer.parse(outcome, plugin: plugin.name.value)
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

    /// Each problem as a diagnostic naming the plugin, at the value its key names.
    private static func diagnostics(_ problems: [PluginProtocol.Problem], plugin: String, in campaign: Campaign) -> [Diagnostic] {
        problems.map { problem in
            let location = problem.key.flatMap { KeyPath.node(at: $0, in: campaign.document)?.location } ?? campaign.id.location
            return Diagnostic(problem.severity == "warning" ? .warning : .error, "plugin '\(plugin)': \(problem.message)", at: location)
        }
    }

    private static func report(_ problems: [PluginProtocol.Problem], plugin: String, in context: inout BuildContext) throws(AdvocateError) {
        var errors: [Diagnostic] = []
        for diagnostic in diagnostics(problems, plugin: plugin, in: context.campaign) {
            if diagnostic.severity == .error { errors.append(diagnostic) } else { context.warnings.append(diagnostic) }
        }
        if !errors.isEmpty {
            throw AdvocateError(.invalidInput, "plugin '\(plugin)' found \(errors.count) problem\(errors.count == 1 ? "" : "s") in the campaign", diagnostics: errors)
        }
    }
}
