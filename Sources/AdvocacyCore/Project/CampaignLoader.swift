import Foundation

/// A campaign file, read and checked with everything it extends: the campaign, its partner,
/// the stages it would run, and every problem, each pointing at the layer at fault.
public struct LoadedCampaign: Sendable {
    /// The campaign's own file, as shown in diagnostics.
    public var file: String
    /// The campaign, when the files could be decoded; check ``diagnostics`` before using it.
    public var campaign: Campaign?
    /// The files it is made of, the one extended last first and its own file last.
    public var layers: [Layer]
    /// The partner profile it names, when found.
    public var partner: PartnerProfile?
    /// The stages the campaign runs, resolved against the registry.
    public var stages: [Stage]
    /// The ids a layer removed (`remove: true`), by key such as `demands.arts-work-reform`, at the item that removed them.
    public var removals: [String: SourceLocation] = [:]
    /// The translation records of the campaign's own file, which `i18n` commands update.
    public var ownTranslationRecords = TranslationRecords()
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]
    /// The lines of every file read, to show under diagnostics.
    public var sources: [String: SourceText]

    /// The diagnostics with warnings raised to errors when `strict`.
    public func diagnostics(strict: Bool) -> [Diagnostic] {
        strict ? diagnostics.escalatingWarnings() : diagnostics
    }
}

/// Reads campaign files: the chain of files they extend, merged; then the model, validation,
/// the partner and the pipeline, reporting every problem found in one pass.
public struct CampaignLoader: Sendable {
    /// The project campaigns are found in.
    public let project: Project
    /// The stages campaigns can use.
    public let registry: StageRegistry
    /// External stages allowed on the command line (`--allow-plugin`).
    public var allowedPlugins: Set<String>

    /// A loader for campaigns of `project`.
    public init(project: Project, registry: StageRegistry, allowedPlugins: Set<String> = []) {
        self.project = project
        self.registry = registry
        self.allowedPlugins = allowedPlugins
    }

    /// Reads and checks the campaign in `file`.
    public func load(file: String) throws(AdvocateError) -> LoadedCampaign {
        load(bytes: try InputFile.read(file, what: "the campaign file"), file: file)
    }

    /// Checks a campaign given as bytes; `file` names it in diagnostics and must match its id.
    public func load(bytes: [UInt8], file: String) -> LoadedCampaign {
        let (layers, chainProblems) = LayerChain(project: project).layers(for: file, bytes: bytes)
        var loaded = LoadedCampaign(
            file: file, campaign: nil, layers: layers, partner: nil, stages: [], diagnostics: chainProblems,
            sources: Dictionary(layers.map { ($0.file, $0.source) }, uniquingKeysWith: { first, _ in first }))
        var removals: [String: SourceLocation] = [:]
        guard !chainProblems.hasErrors, let merged = merge(layers, into: &loaded, removals: &removals) else {
            loaded.diagnostics = loaded.diagnostics.sortedByLocation()
            return loaded
        }
        let (decoded, decodingProblems) = Campaign.decode(merged, file: file, format: registry.format)
        loaded.diagnostics += decodingProblems
        if var campaign = decoded {
            loaded.diagnostics += campaign.apply(readTranslationRecords(of: layers, into: &loaded))
            loaded.campaign = campaign
            loaded.diagnostics += CampaignValidator.validate(campaign, removals: removals, project: project, format: registry.format)
            loaded.diagnostics += TemplateVariables.unfilled(in: layers, campaign: campaign)
            var partnerPlugins: [PluginDeclaration] = []
            if let reference = campaign.partner {
                let (partner, problems, source) = PartnerDirectory(project: project).profile(reference)
                loaded.partner = partner
                loaded.diagnostics += problems
                if let (partnerFile, text) = source { loaded.sources[partnerFile] = text }
                partnerPlugins = partner?.plugins ?? []
            }
            let trust = PluginTrust(project: project, ownFile: file, allowed: allowedPlugins)
            let (stages, pipelineProblems) = PipelineResolver.resolve(
                campaign.pipeline, registry: registry, plugins: partnerPlugins, trust: trust, project: project)
            loaded.stages = stages
            loaded.diagnostics += pipelineProblems + trust.diagnostics
            let input = StageCheckInput(campaign: campaign, partner: loaded.partner, project: project)
            loaded.diagnostics += loaded.pointingAtOwnFile(stages.flatMap { $0.problems(in: input) })
        }
        loaded.diagnostics = loaded.diagnostics.sortedByLocation()
        return loaded
    }

    /// The layers merged in order, their placeholders checked and left in the texts; `nil` if nothing could be read.
    private func merge(_ layers: [Layer], into loaded: inout LoadedCampaign, removals: inout [String: SourceLocation]) -> YAMLNode? {
        guard let own = layers.last, own.root.mapping != nil else { return layers.last?.root }
        var merger = OverlayMerger()
        let people = PeopleInheritance(format: registry.format)
        var merged: YAMLNode?
        for layer in layers {
            // A layer's `extends` and `inherit` are spent, and a template's declaration describes that file only.
            let drop = layer.file == own.file ? ["extends", "inherit"] : ["extends", "inherit", "template"]
            var root = layer.root
            root.content = .mapping((root.mapping ?? []).filter { !drop.contains($0.key) })
            guard let base = merged else {
                merged = root
                if let inherit = layer.root["inherit"] {
                    loaded.diagnostics.append(.warning("'inherit' means nothing in a file that extends none; remove it", at: inherit.location))
                }
                continue
            }
            let (inherited, problems) = people.inherited(by: layer)
            loaded.diagnostics += problems
            if layer.file == own.file { loaded.diagnostics += people.warnings(for: layer, over: base, layers: layers) }
            merged = merger.merge(base, with: root, withholding: Set(registry.format.peopleKeys).subtracting(inherited))
        }
        loaded.diagnostics += merger.diagnostics
        removals = merger.removals
        loaded.removals = merger.removals
        guard let merged else { return nil }
        let sources = Dictionary(layers.map { ($0.file, $0.source) }, uniquingKeysWith: { first, _ in first })
        var check = PlaceholderCheck(vars: merged["vars"], sources: sources)
        check.check(merged)
        loaded.diagnostics += check.diagnostics
        return merged
    }

    /// The translation records of every layer, merged; the campaign's own are kept apart.
    private func readTranslationRecords(of layers: [Layer], into loaded: inout LoadedCampaign) -> TranslationRecords {
        var merged = TranslationRecords()
        for layer in layers {
            let file = TranslationRecords.file(forCampaignFile: layer.file)
            let (records, problems, source) = TranslationRecords.read(file, in: project)
            merged = merged.merged(with: records)
            loaded.diagnostics += problems
            if let source { loaded.sources[file] = source }
            if layer.file == loaded.file { loaded.ownTranslationRecords = records }
        }
        return merged
    }
}
