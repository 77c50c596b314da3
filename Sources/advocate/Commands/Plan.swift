import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser

/// `advocate plan CAMPAIGN`: per recipient of each mailing, the language they get and how, their
/// message's Message-ID and attachment, or why they are left out.
struct Plan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per recipient of each mailing: the language they get and whether a fallback was used, the Message-ID and attachment, or why they are left out.",
        discussion: "Examples:\n  advocate plan decent-work\n  advocate plan decent-work --mailing meps-letter --json"
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "Only this mailing.", completion: .mailings)
    var mailing: String?

    @Flag(help: "Print the plan as JSON.")
    var json = false

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let build = try options.campaignBuild(self.campaign)
            let campaign = build.campaign
            var mailings = campaign.mailings
            if let mailing {
                mailings = mailings.filter { $0.id.value == mailing }
                guard !mailings.isEmpty else {
                    throw AdvocateError(.usage, "--mailing \(mailing): campaign '\(campaign.id.value)' has no such mailing (mailings: \(campaign.mailings.map(\.id.value).joined(separator: ", ")))")
                }
            }
            let contacts = try await build.audiences()
            let (plans, withoutList) = MailingPlan.plans(for: mailings, of: campaign, contacts: contacts, partner: build.loaded.partner)
            for mailing in withoutList {
                Terminal.error("\(mailing.id.value): its audience '\(mailing.audience.value)' selects no contacts, so there is no one to plan for")
            }
            if json {
                try JSONOutput.print(plans)
                return
            }
            for plan in plans {
                for problem in plan.problems { Terminal.error(problem) }
                Terminal.output("\(plan.mailing) → \(plan.audience): \(plan.recipients.count) recipients, \(plan.excluded.count) left out")
                for recipient in plan.recipients {
                    let how = [recipient.languageChosenBy == "own" ? nil : "language from \(recipient.languageChosenBy)",
                               recipient.textFallback.map { "text in \($0)" },
                               recipient.attachments.isEmpty ? nil : "attached: \(recipient.attachments.joined(separator: ", "))",
                               recipient.needsSMTPUTF8 ? "needs a relay with SMTPUTF8" : nil].compactMap { $0 }.joined(separator: ", ")
                    Terminal.output("  \(recipient.address)\t\(recipient.language)\t<\(recipient.messageID)>\(how.isEmpty ? "" : "\t(\(how))")")
                }
                for left in plan.excluded {
                    Terminal.output("  \(left.address)\tleft out: \(left.message) (\(left.file) row \(left.row))")
                }
            }
        }
    }
}
