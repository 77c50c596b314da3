import AdvocacyCore
import ArgumentParser
import Foundation

/// `advocate build CAMPAIGN`: run the campaign's pipeline and write its outputs and manifest.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a campaign's pipeline and write its outputs to OUT/<campaign>/, with a manifest."
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "The folder outputs go to.")
    var out = "out"

    @Option(help: ArgumentHelp("Build only these languages, comma-separated (default: all the campaign's).", valueName: "L,…"))
    var lang: String?

    @Flag(help: "Refuse to build a campaign whose status is not 'approved' (exit 65).")
    var requireApproved = false

    @Flag(help: "Print the manifest on stdout instead of the list of files.")
    var json = false

    @Argument(help: "A campaign file or id.")
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let (loaded, campaign) = try options.loadValid(self.campaign)
            let languages = try selectedLanguages(of: campaign)
            if requireApproved, campaign.status.value != .approved {
                throw AdvocateError(
                    .invalidInput,
                    "campaign '\(campaign.id.value)' is in status '\(campaign.status.value.rawValue)', not 'approved'; have it approved (status: approved) before building it with --require-approved")
            }
            let folder = URL(fileURLWithPath: out).appendingPathComponent(campaign.id.value)
            let output = try OutputWriter(directory: folder)  // takes the output's lock, or refuses with 75
            Terminal.error("Building \(campaign.id.value) (\(languages.map(\.code).joined(separator: ", "))) into \(Project.displayPath(folder))/")
            var context = BuildContext(
                campaign: campaign, languages: languages, output: output, projectRoot: options.project.root,
                campaignFile: loaded.file, ownTranslationRecords: loaded.ownTranslationRecords)
            context.partner = loaded.partner
            let manifest: Manifest
            do {
                try await PipelineRunner.run(loaded.stages, in: &context) { Terminal.error($0) }
                manifest = try context.finishOutput()
            } catch {
                context.abandonOutput()
                var report = DiagnosticReport()
                report.print((error as? AdvocateError)?.diagnostics ?? [], sources: loaded.sources)
                throw error
            }
            var report = DiagnosticReport()
            report.print(context.warnings, sources: loaded.sources)
            if json {
                try JSONOutput.print(manifest)
            } else {
                let shown = Project.displayPath(folder)
                for file in manifest.files { Terminal.output("\(shown)/\(file.path)") }
                Terminal.output("\(shown)/\(OutputWriter.manifestName)")
            }
        }
    }

    private func selectedLanguages(of campaign: Campaign) throws(AdvocateError) -> [LanguageCode] {
        let declared = campaign.languages.map(\.value)
        guard let lang else { return declared }
        let asked = lang.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for code in asked where !declared.contains(where: { $0.code == code }) {
            throw AdvocateError(
                .usage,
                "--lang \(code): campaign '\(campaign.id.value)' is not written in '\(code)'; its languages are \(declared.map(\.code).joined(separator: ", "))")
        }
        return declared.filter { asked.contains($0.code) }
    }
}
