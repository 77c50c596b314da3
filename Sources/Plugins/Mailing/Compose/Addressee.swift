import AdvocacyCore

/// One recipient's message, ready to encode: the languages they read and the languages of the
/// texts they get, their headers, their values for the placeholders, and where the message goes.
public struct Addressee {
    /// The recipient, as the audience's list has them.
    public let recipient: Recipient
    /// The languages they read: their own, the audience's, or both of `fr+nl`.
    public let asked: MailLanguage
    /// The languages of the texts they get, after the translation policy's fallbacks.
    public let language: MailLanguage
    /// Their message's headers.
    public let headers: MessageHeaders
    /// Their values for the template's placeholders.
    public let values: PlaceholderValues
    /// The template of their message, shared with everyone of their language.
    public let template: MessageTemplate

    /// The file name their message is written under, without extension: their address, made
    /// safe for a file name.
    public var fileKey: String { MailingComposer.fileKey(recipient.contact.email) }
}

/// Someone of the audience the mailing leaves out, and why.
public struct Rejection: Sendable, Equatable {
    /// Their address, as read.
    public let address: String
    /// The reason's code: `translation-held-back`, `line-break-in-header`, `invalid-address`.
    public let reason: String
    /// The reason in a sentence.
    public let message: String
}

/// What the mailing makes of one recipient.
public enum AddresseeOutcome {
    /// Their message can be written.
    case ready(Addressee)
    /// They are left out, with the reason; the rest of the mailing goes out.
    case leftOut(Rejection)
    /// Placeholders have no value for them: the fields they lack. The mailing cannot go out
    /// until the data or the text is fixed.
    case incomplete(address: String, fields: [String])
}
