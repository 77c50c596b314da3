/// A program a campaign names for a stage to run: an external stage's `command:`, or a stage
/// option of the command kind (``OptionValue/command(_:)``). The trust rule (``PluginTrust``)
/// decides on each one, whichever stage names it.
public struct ProgramDeclaration: Sendable, Equatable {
    /// The stage that runs it.
    public let stage: String
    /// The option that names it; `nil` for an external stage's own `command:`.
    public let option: String?
    /// The program and its arguments.
    public let command: [String]
    /// Where the command is written.
    public let declaredAt: SourceLocation

    /// The name a project allows it under, in `allowed-plugins.yaml` or with `--allow-plugin`:
    /// the stage's name for an external stage, `stage.option` for a command option
    /// (`draft.pdf-engine`).
    public var name: String { option.map { "\(stage).\($0)" } ?? stage }

    /// What would run it, in messages: "stage 'crm-export'", "option 'pdf-engine' of stage 'draft'".
    public var subject: String { option.map { "option '\($0)' of stage '\(stage)'" } ?? "stage '\(stage)'" }

    /// The command as one line, for messages.
    public var commandLine: String { command.joined(separator: " ") }

    /// The program an option of the command kind names.
    init(option: String, of stage: String, command: [String], declaredAt: SourceLocation) {
        self.stage = stage
        self.option = option
        self.command = command
        self.declaredAt = declaredAt
    }

    /// The program of an external stage.
    init(_ plugin: PluginDeclaration) {
        stage = plugin.name.value
        option = nil
        command = plugin.command.map(\.value)
        declaredAt = plugin.declaredAt
    }
}

/// A program a stage names, with whether the project lets it run and why.
public struct CheckedProgram: Sendable, Equatable {
    /// The program and where it is written.
    public let declaration: ProgramDeclaration
    /// The trust rule's answer for the campaign being built.
    public let decision: PluginTrust.Decision
}
