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
    /// The products the stage reads from earlier stages (see ``StageProduct``).
    public internal(set) var needs: [ProductKind] = []
    /// The products the stage publishes for later stages.
    public internal(set) var provides: [ProductKind] = []
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
    /// What the stage does, in a sentence.
    public let summary: String
    /// The options it accepts, with their defaults.
    public let options: [StageOption]
    /// The products the stage reads from earlier stages: the resolver refuses a pipeline that
    /// does not run a stage providing each before it.
    public let needs: [ProductKind]
    /// The products the stage publishes for later stages.
    public let provides: [ProductKind]
    private let make: @Sendable (StageOptions) -> Stage

    /// Defines a stage; `needs` and `provides` name the products it reads and publishes.
    public init(
        name: String, summary: String, options: [StageOption] = [],
        needs: [any StageProduct.Type] = [], provides: [any StageProduct.Type] = [],
        make: @escaping @Sendable (StageOptions) -> Stage
    ) {
        self.name = name
        self.summary = summary
        self.options = options
        self.needs = needs.map(ProductKind.init)
        self.provides = provides.map(ProductKind.init)
        self.make = make
    }

    /// The stage with its defaults overridden by `overrides`.
    public func stage(with overrides: [String: OptionValue] = [:]) -> Stage {
        let values = options.map { option in (option.name, overrides[option.name] ?? option.defaultValue) }
        var stage = make(StageOptions(values))
        stage.needs = needs
        stage.provides = provides
        return stage
    }
}

/// The stages that exist, and the order a campaign gets when it names none.
public struct StageRegistry: Sendable {
    /// Every stage that can be used, in the order they are listed.
    public let definitions: [StageDefinition]
    /// The stages a campaign without `pipeline:` runs, by name.
    public let defaultPipeline: [String]

    /// Creates a registry; `defaultPipeline` names stages among `definitions`.
    public init(definitions: [StageDefinition], defaultPipeline: [String]) {
        self.definitions = definitions
        self.defaultPipeline = defaultPipeline
    }

    /// The stage called `name`, if there is one.
    public func definition(named name: String) -> StageDefinition? {
        definitions.first { $0.name == name }
    }

    /// The stages that publish products of `kind`.
    public func providers(of kind: ProductKind) -> [StageDefinition] {
        definitions.filter { $0.provides.contains(kind) }
    }
}
