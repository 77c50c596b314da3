import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser

/// `advocate plan CAMPAIGN`: per recipient of each mailing, the language they get and how, or
/// why they are left out.
struct Plan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per recipient of each mailing: the language they get and whether a fallback was used, or why they are left out."
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "Only this mailing.")
    var mailing: String?

    @Flag(help: "Print the plan as JSON.")
    var json = false

    @Argument(help: "A campaign file or id.")
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let (loaded, campaign) = try options.loadValid(self.campaign)
            var mailings = campaign.mailings
            if let mailing {
                mailings = mailings.filter { $0.id.value == mailing }
                guard !mailings.isEmpty else {
                    throw AdvocateError(.usage, "--mailing \(mailing): campaign '\(campaign.id.value)' has no such mailing (mailings: \(campaign.mailings.map(\.id.value).joined(separator: ", ")))")
                }
            }
            let contacts = try CampaignContacts.build(campaign, projectRoot: options.project.root, sources: loaded.sources)
            var plans: [MailingPlan] = []
            for mailing in mailings {
                guard let list = contacts.lists.first(where: { $0.spec.id == mailing.audience.value }) else {
                    Terminal.error("\(mailing.id.value): its audience '\(mailing.audience.value)' selects no contacts, so there is no one to plan for")
                    continue
                }
                plans.append(MailingPlan(mailing: mailing, list: list, campaign: campaign))
            }
            if json {
                try JSONOutput.print(plans)
                return
            }
            for plan in plans {
                Terminal.output("\(plan.mailing) → \(plan.audience): \(plan.recipients.count) recipients, \(plan.excluded.count) left out")
                for recipient in plan.recipients {
                    let how = [recipient.languageChosenBy == "own" ? nil : "language from \(recipient.languageChosenBy)",
                               recipient.textFallback.map { "text in \($0)" }].compactMap { $0 }.joined(separator: ", ")
                    Terminal.output("  \(recipient.address)\t\(recipient.language)\(how.isEmpty ? "" : "\t(\(how))")")
                }
                for left in plan.excluded {
                    Terminal.output("  \(left.address)\tleft out: \(left.message) (\(left.file) row \(left.row))")
                }
            }
        }
    }

    struct MailingPlan: Encodable {
        struct Recipient: Encodable {
            let address: String
            let language: String
            /// `own`, `fallback` or `source`: how the contact's language was chosen.
            let languageChosenBy: String
            /// The language the mailing's text falls back to when it has none in theirs.
            let textFallback: String?
        }

        struct Excluded: Encodable {
            let address: String
            let reason: String
            let message: String
            let file: String
            let row: Int
        }

        let mailing: String
        let audience: String
        let recipients: [Recipient]
        let excluded: [Excluded]

        init(mailing: Mailing, list: AudienceList, campaign: Campaign) {
            self.mailing = mailing.id.value
            audience = mailing.audience.value
            recipients = list.recipients.map { recipient in
                let subject = campaign.resolve(mailing.subject, in: recipient.language)?.language
                let body = campaign.resolve(mailing.body, in: recipient.language)?.language
                let fallback = [subject, body].compactMap { $0 }.first { $0 != recipient.language }
                return Recipient(
                    address: recipient.contact.email, language: recipient.language.code,
                    languageChosenBy: "\(recipient.route)", textFallback: fallback?.code)
            }
            excluded = list.exclusions.map {
                Excluded(address: $0.address, reason: $0.code, message: $0.message, file: $0.origin.file, row: $0.origin.row)
            }
        }
    }
}
