public import AdvocacyCore

/// How a mailing goes out beyond its subject and body: who it is from, when, what it does with
/// the position paper, how readers unsubscribe and the order of a bilingual message's texts.
/// Decoded from the mailing's keys the mailing stage owns; read it as
/// ``AdvocacyCore/Mailing/settings``.
public struct MailingSettings: Sendable {
    /// The sender, in place of the partner profile's.
    public var from: MailIdentity?
    /// Where replies go, in place of the partner profile's contact.
    public var replyTo: MailIdentity?
    /// The send date written in every message's `Date:`, as written.
    public var date: Located<String>?
    /// Whether the paper in the recipient's language is attached or linked.
    public var paper: Located<PaperUse>?
    /// The address of the paper online, `{{paper.language}}` standing for its language.
    public var paperURL: Located<String>?
    /// The unsubscribe page, `{{token}}` standing for the recipient's token.
    public var unsubscribeURL: Located<String>?
    /// The address an unsubscribe request may be mailed to.
    public var unsubscribeMailto: Located<String>?
    /// The languages of a bilingual message in the order its texts come; the campaign's order
    /// when not given.
    public var bilingualOrder: [Located<LanguageCode>]

    /// Settings that set nothing: the partner's sender, no paper, no unsubscribe.
    public init() {
        bilingualOrder = []
    }
}

/// A display name and an address, as a mailing sets its sender or reply-to.
public struct MailIdentity: Sendable {
    /// The display name.
    public var name: Located<String>
    /// The address.
    public var email: Located<String>
}

/// What a mailing does with the position paper.
public enum PaperUse: String, Sendable, CaseIterable {
    /// The paper's PDF in the recipient's language goes with the message.
    case attach
    /// The message gives the paper's address, `{{paper.url}}`.
    case link
}

/// What an audience says about how its members are written to, beyond who they are.
public struct AudienceMailing: Sendable {
    /// The language every member is written in, one (`fr`) or two (`fr+nl`), in place of each
    /// contact's own.
    public var language: Located<MailLanguage>?
    /// The salutation every member gets, per language, in place of the one made from their data.
    public var salutation: LocalizedText?
}

extension Mailing {
    /// What the mailing stage decoded from the mailing's keys.
    public var settings: MailingSettings { stageData[MailingSettings.self] ?? MailingSettings() }
}

extension Audience {
    /// What the mailing stage decoded from the audience's keys; `nil` when it sets nothing.
    public var mailing: AudienceMailing? { stageData[AudienceMailing.self] }
}
