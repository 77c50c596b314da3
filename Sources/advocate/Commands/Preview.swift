import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser
import Foundation

/// `advocate preview CAMPAIGN [--out DIR]`: build the campaign, then write a static site for
/// reviewers: papers, mailing samples, the plan's counts, the translation state, what changed.
struct Preview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a campaign, then write a static site for reviewers: papers, mailing samples, plan counts, translation state and what changed since the previous build.",
        discussion: "The build goes where 'advocate build' puts it (--build-out, default out); the site, plain HTML without scripts, into --out (default out/<campaign>-preview). Open its index.html in a browser.\n\nExamples:\n  advocate preview decent-work\n  advocate preview decent-work --out review/"
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "The folder the site is written to (default: out/<campaign>-preview).")
    var out: String?

    @Option(help: "The folder the build goes to, as 'advocate build --out'.")
    var buildOut = "out"

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let build = try options.campaignBuild(self.campaign)
            let campaign = build.campaign
            let previous = PreviousBuild.read(from: URL(fileURLWithPath: buildOut).appendingPathComponent(campaign.id.value))
            let result = try await build.runReporting(into: URL(fileURLWithPath: buildOut))
            let plans = result.products[CampaignContacts.self].map { MailingPlan.plans(for: campaign.mailings, of: campaign, contacts: $0, partner: build.loaded.partner).plans } ?? []
            let folder = URL(fileURLWithPath: out ?? "\(buildOut)/\(campaign.id.value)-preview")
            let pages = try PreviewSite(campaign: campaign, result: result, previous: previous, plans: plans).write(to: folder)
            for page in pages { Terminal.output("\(Project.displayPath(folder))/\(page)") }
        }
    }
}
