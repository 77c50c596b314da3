import AdvocacyCore
import ArgumentParser
import Foundation

/// `advocate build CAMPAIGN`: run the campaign's pipeline and write its outputs and manifest.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a campaign's pipeline and write its outputs to OUT/<campaign>/, with a manifest.",
        discussion: "Examples:\n  advocate build decent-work\n  advocate build decent-work-fr --lang fr --out site\n  advocate build Campaigns/elections-2024.yaml --json > manifest.json"
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "The folder outputs go to.")
    var out = "out"

    @Option(help: ArgumentHelp("Build only these languages, comma-separated (default: all the campaign's).", valueName: "L,…"), completion: .languages)
    var lang: String?

    @Flag(help: "Refuse to build a campaign whose status is not 'approved' (exit 65).")
    var requireApproved = false

    @Flag(help: "Print the manifest on stdout instead of the list of files.")
    var json = false

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let build: CampaignBuild
            do {
                build = try options.campaignBuild(self.campaign, languages: lang.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } })
            } catch let error as AdvocateError where error.kind == .usage {
                throw AdvocateError(.usage, "--lang \(lang ?? ""): \(error.message)")
            }
            let campaign = build.campaign
            if requireApproved, campaign.status.value != .approved {
                throw AdvocateError(
                    .invalidInput,
                    "campaign '\(campaign.id.value)' is in status '\(campaign.status.value.rawValue)', not 'approved'; have it approved (status: approved) before building it with --require-approved")
            }
            let result = try await build.runReporting(into: URL(fileURLWithPath: out))
            if json {
                try JSONOutput.print(result.manifest)
            } else {
                let shown = Project.displayPath(result.folder)
                for file in result.manifest.files { Terminal.output("\(shown)/\(file.path)") }
                Terminal.output("\(shown)/\(OutputWriter.manifestName)")
            }
        }
    }
}
