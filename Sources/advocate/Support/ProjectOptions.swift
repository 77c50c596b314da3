import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser

/// Options every command that reads campaigns shares.
struct CampaignOptions: ParsableArguments {
    @OptionGroup var output: OutputOptions

    @Flag(help: "Treat warnings, such as a text missing in a language, as errors.")
    var strict = false

    @Option(name: .customLong("allow-plugin"), help: ArgumentHelp("Let the program of the external stage NAME, or of the command option NAME (STAGE.OPTION, such as draft.pdf-engine), run even though a template or partner file declares it.", valueName: "NAME"))
    var allowedPlugins: [String] = []

    /// The project around the current directory.
    var project: Project { .current }

    /// The stages campaigns can use.
    var registry: StageRegistry { BuiltinStages.registry }

    /// Reads campaigns of the project with the stages and allowances given.
    var loader: CampaignLoader {
        CampaignLoader(project: project, registry: registry, allowedPlugins: Set(allowedPlugins))
    }

    /// Loads the campaign named by `argument` and prints its diagnostics; throws the
    /// invalid-input error when it has errors.
    func loadValid(_ argument: String) throws -> (LoadedCampaign, Campaign) {
        let build = try campaignBuild(argument)
        return (build.loaded, build.campaign)
    }

    /// The build of the campaign named by `argument` in `languages` (default: all), its
    /// diagnostics printed; throws the invalid-input error when it has errors.
    func campaignBuild(_ argument: String, languages: [String]? = nil) throws -> CampaignBuild {
        let file = try project.campaignFile(for: argument)
        let loader = self.loader
        let loaded = try loader.load(file: file)
        var report = DiagnosticReport()
        report.print(loaded, strict: strict)
        return try CampaignBuild(loaded, loader: loader, strict: strict, languages: languages)
    }
}
