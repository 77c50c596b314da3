/// One step of a build: a name, the options it was given, and a body that does one thing to
/// the build context.
public struct Stage: Sendable {
    /// The stage's name, as campaigns write it under `pipeline:`.
    public let name: String
    /// The options in force, defaults included.
    public let options: StageOptions
    /// Where the campaign asked for this stage, or `nil` for the default pipeline.
    public internal(set) var declaredAt: SourceLocation?
    /// The program an external stage runs; `nil` for a built-in stage.
    public internal(set) var plugin: PluginDeclaration?
    /// The programs the campaign names for this stage (an external stage's command, options of
    /// the command kind), each with whether the project lets it run and why.
    public internal(set) var programs: [CheckedProgram] = []
    /// What the stage would refuse in a campaign, found before a build: `validate` reports it.
    let check: (@Sendable (Campaign, Project) -> [Diagnostic])?
    let body: @Sendable (inout BuildContext) async throws -> Void

    /// Creates a stage; `check` finds what `body` would refuse, so that `validate` reports it.
    public init(
        name: String, options: StageOptions, check: (@Sendable (Campaign, Project) -> [Diagnostic])? = nil,
        body: @escaping @Sendable (inout BuildContext) async throws -> Void
    ) {
        self.name = name
        self.options = options
        self.check = check
        self.body = body
    }

    /// What the stage would refuse in `campaign`, as `validate` reports it.
    public func problems(in campaign: Campaign, project: Project) -> [Diagnostic] {
        check?(campaign, project) ?? []
    }
}

/// What a stage is and how to make one: its name, what it does, the options it takes, and a
/// factory from options to a ``Stage``. Plugins register these; the core knows none by name.
public struct StageDefinition: Sendable {
    /// The name campaigns use.
    public let name: String
    /// The campaign keys it owns (see ``owning(_:)``), accepted only where it is registered.
    public internal(set) var format = FormatExtension()
    /// What the stage does, in a sentence.
    public let summary: String
    /// The options it accepts, with their defaults.
    public let options: [StageOption]
    private let make: @Sendable (StageOptions) -> Stage

    /// Defines a stage.
    public init(
        name: String, summary: String, options: [StageOption] = [],
        make: @escaping @Sendable (StageOptions) -> Stage
    ) {
        self.name = name
        self.summary = summary
        self.options = options
        self.make = make
    }

    /// The stage with its defaults overridden by `overrides`.
    public func stage(with overrides: [String: OptionValue] = [:]) -> Stage {
        let values = options.map { option in (option.name, overrides[option.name] ?? option.defaultValue) }
        return make(StageOptions(values))
    }
}

/// The stages that exist, and the order a campaign gets when it names none.
public struct StageRegistry: Sendable {
    /// Every stage that can be used, in the order they are listed.
    public let definitions: [StageDefinition]
    /// The stages a campaign without `pipeline:` runs, by name.
    public let defaultPipeline: [String]
    /// The campaign format: the core's, with the keys every registered stage owns.
    public let format: FormatDeclaration

    /// Creates a registry; `defaultPipeline` names stages among `definitions`.
    public init(definitions: [StageDefinition], defaultPipeline: [String]) {
        self.definitions = definitions
        self.defaultPipeline = defaultPipeline
        format = FormatDeclaration(extendedBy: definitions.map(\.format))
    }

    /// The stage called `name`, if there is one.
    public func definition(named name: String) -> StageDefinition? {
        definitions.first { $0.name == name }
    }
}
