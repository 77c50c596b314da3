public import AdvocacyCore
import Foundation

extension StageDefinition {
    /// `mailing`: for each mailing whose audience selects contacts, the pre-send check
    /// (``PreSendCheck``), then one message per recipient, `mailings/<mailing>/<lang>/<recipient>.eml`
    /// (or one `mailings/<mailing>/mailbox.mbox`), and a proof sheet per language,
    /// `mailings/<mailing>/proof-<lang>.html`. Reads the audiences the `lists` stage resolved and
    /// the papers `draft` printed, from the build; owns the mailing keys of the campaign format
    /// (``FormatExtension/mailing``).
    public static let writeMailings = StageDefinition(
        name: "mailing",
        summary: "Writes one message per recipient of each mailing, in their language, with a proof sheet per language, after checking each mailing.",
        options: MailingOptions.self,
        needs: [CampaignContacts.self, PositionPapers.self]
    ) { options in
        Stage(name: "mailing", options: options) { context in
            guard context.writesFiles, !context.campaign.mailings.isEmpty else { return }
            try MailingRun.run(in: &context, format: options.format, environment: ProcessInfo.processInfo.environment)
        }
    }.owning(.mailing)
}
