import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser

/// Options every command that reads campaigns shares.
struct CampaignOptions: ParsableArguments {
    @Flag(help: "Treat warnings, such as a text missing in a language, as errors.")
    var strict = false

    /// The project around the current directory.
    var project: Project { .current }

    /// The stages campaigns can use.
    var registry: StageRegistry { BuiltinStages.registry }

    /// Loads the campaign named by `argument` and prints its diagnostics; throws the
    /// invalid-input error when it has errors.
    func loadValid(_ argument: String) throws -> (LoadedCampaign, Campaign) {
        let file = try project.campaignFile(for: argument)
        let loaded = try CampaignLoader.load(file: file, registry: registry)
        var report = DiagnosticReport()
        report.print(loaded, strict: strict)
        guard let campaign = loaded.campaign, report.errors == 0 else {
            throw AdvocateError(.invalidInput, "\(file) has \(report.summary ?? "errors"); fix \(report.errors == 1 ? "it" : "them") and run again")
        }
        return (loaded, campaign)
    }
}
