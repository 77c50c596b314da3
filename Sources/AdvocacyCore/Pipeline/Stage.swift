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
    let check: (@Sendable (StageCheckInput) -> [Diagnostic])?
    /// What an external stage's program reports when asked to check the campaign without
    /// building (``CampaignLoader/checkingPlugins(of:)``); `nil` for a built-in stage.
    var pluginCheck: (@Sendable (StageCheckInput) async throws(AdvocateError) -> [Diagnostic])?
    let body: @Sendable (inout BuildContext) async throws -> Void

    /// Creates a stage running with `options`; `check` finds what `body` would refuse, so that
    /// `validate` reports it.
    public init<Options: StageOptionSet>(
        name: String, options: Options = NoStageOptions(), check: (@Sendable (StageCheckInput) -> [Diagnostic])? = nil,
        body: @escaping @Sendable (inout BuildContext) async throws -> Void
    ) {
        self.init(name: name, shownOptions: StageOptions(options), check: check, body: body)
    }

    /// A stage whose options are only shown, such as an external stage's.
    init(
        name: String, shownOptions: StageOptions, check: (@Sendable (StageCheckInput) -> [Diagnostic])? = nil,
        body: @escaping @Sendable (inout BuildContext) async throws -> Void
    ) {
        self.name = name
        self.options = shownOptions
        self.check = check
        self.body = body
    }

    /// What the stage would refuse in a campaign, as `validate` reports it.
    public func problems(in input: StageCheckInput) -> [Diagnostic] {
        check?(input) ?? []
    }
}

/// What a stage's check sees of a campaign before a build: the campaign, the partner it speaks
/// for, and the project its paths are read from.
public struct StageCheckInput: Sendable {
    /// The campaign, validated.
    public let campaign: Campaign
    /// The partner profile the campaign names, if found.
    public let partner: PartnerProfile?
    /// The project the campaign belongs to.
    public let project: Project

    /// What a check sees of `campaign`, speaking for `partner`, in `project`.
    public init(campaign: Campaign, partner: PartnerProfile?, project: Project) {
        self.campaign = campaign
        self.partner = partner
        self.project = project
    }
}

/// What a stage is and how to make one: its name, what it does, the options it takes, and a
/// factory from its typed options to a ``Stage``. Plugins register these; the core knows none by name.
public struct StageDefinition: Sendable {
    /// The name campaigns use.
    public let name: String
    /// The campaign keys it owns (see ``owning(_:)``), accepted only where it is registered.
    public internal(set) var format = FormatExtension()
    /// What the stage does, in a sentence.
    public let summary: String
    /// The options it accepts, with their types, defaults and help.
    public let options: [StageOption]
    /// The products the stage reads from earlier stages: the resolver refuses a pipeline that
    /// does not run a stage providing each before it.
    public let needs: [ProductKind]
    /// The products the stage publishes for later stages.
    public let provides: [ProductKind]
    private let make: @Sendable (_ entries: [YAMLMappingEntry], _ at: SourceLocation?, _ project: Project?) -> OptionDecoding

    /// Defines a stage that takes no options; `needs` and `provides` name the products it reads
    /// and publishes.
    public init(
        name: String, summary: String,
        needs: [any StageProduct.Type] = [], provides: [any StageProduct.Type] = [],
        make: @escaping @Sendable () -> Stage
    ) {
        self.init(name: name, summary: summary, options: NoStageOptions.self, needs: needs, provides: provides) { _ in make() }
    }

    /// Defines a stage whose options are an `Options`, which `make` receives decoded and checked;
    /// `needs` and `provides` name the products it reads and publishes.
    public init<Options: StageOptionSet>(
        name: String, summary: String, options: Options.Type,
        needs: [any StageProduct.Type] = [], provides: [any StageProduct.Type] = [],
        make: @escaping @Sendable (Options) -> Stage
    ) {
        self.name = name
        self.summary = summary
        self.options = Options.options.map(\.declaration)
        let needs = needs.map(ProductKind.init), provides = provides.map(ProductKind.init)
        self.needs = needs
        self.provides = provides
        self.make = { entries, location, project in
            let decoded = Options.decode(entries, stage: name, at: location, project: project)
            var stage = make(decoded.options)
            stage.needs = needs
            stage.provides = provides
            return OptionDecoding(stage: stage, read: decoded.read, diagnostics: decoded.diagnostics)
        }
    }

    /// The stage with its default options.
    public func stage() -> Stage {
        make([], nil, nil).stage
    }

    /// The stage with the options a campaign writes at `location`, decoded against `project`,
    /// and the entries read; what is wrong with them is in `diagnostics`.
    func stage(options entries: [YAMLMappingEntry], at location: SourceLocation?, project: Project?) -> OptionDecoding {
        make(entries, location, project)
    }
}

/// A stage made from a campaign's options: the entries read into them, and what was wrong.
struct OptionDecoding {
    let stage: Stage
    let read: [YAMLMappingEntry]
    let diagnostics: [Diagnostic]
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

    /// The stages that publish products of `kind`.
    public func providers(of kind: ProductKind) -> [StageDefinition] {
        definitions.filter { $0.provides.contains(kind) }
    }
}
