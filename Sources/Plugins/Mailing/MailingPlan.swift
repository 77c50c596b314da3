public import AdvocacyCore

/// Who a mailing reaches and how: per recipient of its audience's list, the language they get,
/// how that language was chosen and the language its text falls back to when it has none in
/// theirs; and everyone left out, with why. `advocate plan` prints it; the mailing stage will
/// write one message per recipient from it.
public struct MailingPlan: Encodable, Sendable {
    /// One recipient and the language they get.
    public struct Recipient: Encodable, Sendable {
        /// Their address.
        public let address: String
        /// The language their message is in.
        public let language: String
        /// `own`, `fallback` or `source`: how the contact's language was chosen.
        public let languageChosenBy: String
        /// The language the mailing's text falls back to when it has none in theirs.
        public let textFallback: String?
    }

    /// Someone of the audience left out, and why.
    public struct Excluded: Encodable, Sendable {
        /// Their address, as read.
        public let address: String
        /// The reason's code: `no-consent`, `suppressed`…
        public let reason: String
        /// The reason in a sentence.
        public let message: String
        /// The contacts file they were read from.
        public let file: String
        /// Their row in it.
        public let row: Int
    }

    /// The mailing's id.
    public let mailing: String
    /// Its audience's id.
    public let audience: String
    /// Everyone it reaches, in the list's order.
    public let recipients: [Recipient]
    /// Everyone its audience leaves out.
    public let excluded: [Excluded]

    /// The plan of `mailing` of `campaign` over `list`, its audience's list.
    public init(mailing: Mailing, list: AudienceList, campaign: Campaign) {
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

    /// The plans of `mailings` of `campaign` over the audiences `contacts` resolved, in order,
    /// and apart the mailings whose audience selects no contacts, which have no one to plan for.
    public static func plans(
        for mailings: [Mailing], of campaign: Campaign, contacts: CampaignContacts
    ) -> (plans: [MailingPlan], withoutList: [Mailing]) {
        var plans: [MailingPlan] = [], withoutList: [Mailing] = []
        for mailing in mailings {
            if let list = contacts.lists.first(where: { $0.spec.id == mailing.audience.value }) {
                plans.append(MailingPlan(mailing: mailing, list: list, campaign: campaign))
            } else {
                withoutList.append(mailing)
            }
        }
        return (plans, withoutList)
    }
}
