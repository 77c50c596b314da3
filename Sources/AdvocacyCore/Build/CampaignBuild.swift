public import Foundation

/// One build of one campaign, from its loaded files to the manifest: the campaign checked, its
/// languages chosen, its pipeline run into an output that takes the place of the previous one
/// whole, or not at all. `advocate build`, `plan` and `lists`, the tests and the benchmarks all
/// build through it.
public struct CampaignBuild {
    /// The campaign's files as loaded: its stages, partner, sources and warnings.
    public let loaded: LoadedCampaign
    /// The campaign, valid.
    public let campaign: Campaign
    /// The languages this build produces, in the campaign's order.
    public let languages: [LanguageCode]
    private let loader: CampaignLoader

    /// A build of `loaded`, read by `loader`, in the languages whose codes are `languages`
    /// (default: all the campaign's). Throws ``AdvocateError/Kind/invalidInput``, with the
    /// diagnostics, when the campaign has errors (with `strict`, warnings too), and
    /// ``AdvocateError/Kind/usage`` for a language the campaign is not written in.
    public init(_ loaded: LoadedCampaign, loader: CampaignLoader, strict: Bool = false, languages: [String]? = nil) throws(AdvocateError) {
        let diagnostics = loaded.diagnostics(strict: strict)
        let errors = diagnostics.filter { $0.severity == .error }.count
        guard let campaign = loaded.campaign, errors == 0 else {
            let summary = Diagnostic.summary(errors: errors, warnings: diagnostics.count - errors) ?? "errors"
            throw AdvocateError(.invalidInput, "\(loaded.file) has \(summary); fix \(errors == 1 ? "it" : "them") and run again", diagnostics: diagnostics)
        }
        let declared = campaign.languages.map(\.value)
        for code in languages ?? [] where !declared.contains(where: { $0.code == code }) {
            throw AdvocateError(
                .usage,
                "campaign '\(campaign.id.value)' is not written in '\(code)'; its languages are \(declared.map(\.code).joined(separator: ", "))")
        }
        self.loaded = loaded
        self.campaign = campaign
        self.languages = languages.map { asked in declared.filter { asked.contains($0.code) } } ?? declared
        self.loader = loader
    }

    /// Runs every stage of the campaign's pipeline into `out/<campaign id>/`, carries over the
    /// previous build's files in the campaign's other languages when this build makes only some
    /// (see ``OutputWriter/carryOver(languages:stages:)``), then writes the manifest and puts
    /// the output in place; when a stage fails, drops what was written and
    /// leaves the previous output as it was. `progress` hears the output folder once its lock
    /// is taken, then `[i/n] stage` before each stage.
    @discardableResult
    public func run(into out: URL, progress: (String) -> Void = { _ in }) async throws(AdvocateError) -> BuildResult {
        let folder = out.appendingPathComponent(campaign.id.value)
        var context = context(output: try OutputWriter(directory: folder))  // takes the output's lock, or refuses with 75
        progress("Building \(campaign.id.value) (\(languages.map(\.code).joined(separator: ", "))) into \(Project.displayPath(folder))/")
        do {
            try await PipelineRunner.run(loaded.stages, in: &context, progress: progress)
            // The languages the campaign is written in that this build does not make keep the previous build's files.
            let kept = Set(campaign.languages.map(\.value.code)).subtracting(languages.map(\.code))
            try context.output?.carryOver(languages: kept, stages: Set(loaded.stages.map(\.name)))
            let manifest = try context.finishOutput()
            return BuildResult(folder: folder, manifest: manifest, products: context.products, warnings: loaded.pointingAtOwnFile(context.warnings))
        } catch {
            context.abandonOutput()
            var located = error
            located.diagnostics = loaded.pointingAtOwnFile(error.diagnostics)
            throw located
        }
    }

    /// A dry build: runs only the stages of the pipeline that provide `needed`, and those that
    /// provide what they need in turn, writing nothing, and returns their products and
    /// warnings. A product no stage of the pipeline provides comes from the registry's stage
    /// for it, with its defaults, so that a command such as `advocate plan` works whatever the
    /// pipeline.
    public func products(_ needed: [any StageProduct.Type]) async throws(AdvocateError) -> (products: StageProducts, warnings: [Diagnostic]) {
        var context = context(output: nil)
        try await PipelineRunner.run(stages(providing: needed.map(ProductKind.init)), in: &context)
        return (context.products, loaded.pointingAtOwnFile(context.warnings))
    }

    /// The stages that provide `kinds`, with those they need, in pipeline order; the registry's
    /// providers, first, of what the pipeline does not provide.
    func stages(providing kinds: [ProductKind]) -> [Stage] {
        var wanted = Set(kinds)
        var chosen: [Stage] = []
        for stage in loaded.stages.reversed() where !wanted.isDisjoint(with: stage.provides) {
            wanted.subtract(stage.provides)
            wanted.formUnion(stage.needs)
            chosen.insert(stage, at: 0)
        }
        // By name, so that the stages run in the same order every time.
        while let kind = wanted.min(by: { $0.name < $1.name }) {
            wanted.remove(kind)
            guard let stage = loader.registry.providers(of: kind).first?.stage() else { continue }
            wanted.subtract(stage.provides)
            wanted.formUnion(stage.needs.filter { need in !chosen.contains { $0.provides.contains(need) } })
            chosen.insert(stage, at: 0)
        }
        return chosen
    }

    private func context(output: OutputWriter?) -> BuildContext {
        var context = BuildContext(
            campaign: campaign, languages: languages, output: output, projectRoot: loader.project.root,
            campaignFile: loaded.file, ownTranslationRecords: loaded.ownTranslationRecords)
        context.partner = loaded.partner
        return context
    }
}

/// What a build made: the output folder and its manifest, the products its stages published,
/// and the warnings they raised.
public struct BuildResult {
    /// `OUT/<campaign id>/`, where the output now is.
    public let folder: URL
    /// The manifest written last into the folder.
    public let manifest: Manifest
    /// What the stages published for one another: the audiences, the papers.
    public let products: StageProducts
    /// Warnings the stages raised; errors are thrown instead.
    public let warnings: [Diagnostic]
}
