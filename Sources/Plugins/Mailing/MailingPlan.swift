public import AdvocacyCore
import Foundation

/// Who a mailing reaches and how: per recipient of its audience's list, the languages their
/// message is in, how their language was chosen, the language the text falls back to when it
/// has none in theirs, the Message-ID and the attachment; and everyone left out, with why.
/// `advocate plan` prints it; the mailing stage writes one message per recipient it plans.
public struct MailingPlan: Encodable, Sendable {
    /// One recipient and the message they get.
    public struct Recipient: Encodable, Sendable {
        /// Their address.
        public let address: String
        /// The language of their message: `fr`, or `fr+nl` for a bilingual one.
        public let language: String
        /// `own`, `fallback` or `source`: how the contact's language was chosen.
        public let languageChosenBy: String
        /// The language the mailing's text falls back to when it has none in theirs.
        public let textFallback: String?
        /// Their message's Message-ID, without angle brackets.
        public let messageID: String
        /// The files attached to their message.
        public let attachments: [String]
        /// Whether their message can only go to a relay that offers SMTPUTF8: an address in it
        /// has non-ASCII characters before the `@` (RFC 6531, 6532).
        public let needsSMTPUTF8: Bool
    }

    /// Someone of the audience left out, and why.
    public struct Excluded: Encodable, Sendable {
        /// Their address, as read.
        public let address: String
        /// The reason's code: `no-consent`, `suppressed`, `translation-held-back`,
        /// `line-break-in-header`, `missing-field`…
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
    /// Everyone its audience or the mailing leaves out.
    public let excluded: [Excluded]
    /// What stops the mailing from going out, as the pre-send check says it: file:line and why.
    public let problems: [String]

    /// The plan of `composer`'s mailing over `list`, its audience's list.
    public init(_ composer: MailingComposer, list: AudienceList) {
        mailing = composer.mailing.id.value
        audience = composer.mailing.audience.value
        var recipients: [Recipient] = [], excluded: [Excluded] = []
        for recipient in list.recipients {
            let origin = recipient.contact.origin
            func leftOut(_ reason: String, _ message: String) {
                excluded.append(Excluded(address: recipient.contact.email, reason: reason, message: message, file: origin.file, row: origin.row))
            }
            switch composer.addressee(for: recipient) {
            case .ready(let addressee)?:
                let fallback = addressee.language.languages.first { !addressee.asked.languages.contains($0) }
                recipients.append(Recipient(
                    address: recipient.contact.email, language: addressee.language.description,
                    languageChosenBy: "\(recipient.route)", textFallback: fallback?.code,
                    messageID: addressee.headers.messageID.value,
                    attachments: addressee.language.languages.compactMap { composer.attachmentNames[$0] },
                    needsSMTPUTF8: addressee.headers.needsSMTPUTF8))
            case .leftOut(let rejection)?: leftOut(rejection.reason, rejection.message)
            case .incomplete(_, let fields)?: leftOut("missing-field", "has no value for \(fields.map { "{{\($0)}}" }.joined(separator: ", "))")
            case nil: continue
            }
        }
        excluded += list.exclusions.map {
            Excluded(address: $0.address, reason: $0.code, message: $0.message, file: $0.origin.file, row: $0.origin.row)
        }
        self.recipients = recipients
        self.excluded = excluded
        problems = composer.problems.map(\.description)
    }

    /// The plans of `mailings` of `campaign` over the audiences `contacts` resolved, in order,
    /// and apart the mailings whose audience selects no contacts, which have no one to plan for.
    /// `partner` is the campaign's partner profile, whose sender the messages come from.
    public static func plans(
        for mailings: [Mailing], of campaign: Campaign, contacts: CampaignContacts, partner: PartnerProfile?
    ) -> (plans: [MailingPlan], withoutList: [Mailing]) {
        var plans: [MailingPlan] = [], withoutList: [Mailing] = []
        for mailing in mailings {
            guard let list = contacts.lists.first(where: { $0.spec.id == mailing.audience.value }) else {
                withoutList.append(mailing)
                continue
            }
            // A plan writes nothing: no paper is printed, no token is made, no date is shown.
            let composer = MailingComposer(
                mailing, of: campaign, partner: partner, book: contacts.book, languages: campaign.languages.map(\.value),
                pdfs: nil, date: Date(timeIntervalSince1970: 0), secret: [])
            plans.append(MailingPlan(composer, list: list))
        }
        return (plans, withoutList)
    }
}
