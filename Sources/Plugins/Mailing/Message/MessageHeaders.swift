public import Foundation

/// The headers of one message apart from its subject, which is personalised with the body:
/// who it is from and to, when, its id, and the list headers that make unsubscribing work.
public struct MessageHeaders: Sendable {
    /// The sender.
    public var from: MailAddress
    /// The recipients, usually one.
    public var to: [MailAddress]
    /// Where replies go, when not to the sender.
    public var replyTo: MailAddress?
    /// The `Date`: the mailing's send date or `SOURCE_DATE_EPOCH`, never the clock.
    public var date: Date
    /// The `Message-ID`.
    public var messageID: MessageID
    /// The `List-Id`, when the message belongs to a mailing list.
    public var listID: ListID?
    /// The `List-Unsubscribe` URLs; with an https one, `List-Unsubscribe-Post` is written too.
    public var listUnsubscribe: ListUnsubscribe?
    /// The `Content-Language` of the whole message (`fr`, or `fr, nl` for a bilingual one);
    /// empty for none.
    public var contentLanguage: [String]

    /// The headers of a message from `from` to `to`.
    public init(
        from: MailAddress, to: [MailAddress], replyTo: MailAddress? = nil, date: Date, messageID: MessageID,
        listID: ListID? = nil, listUnsubscribe: ListUnsubscribe? = nil, contentLanguage: [String] = []
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.date = date
        self.messageID = messageID
        self.listID = listID
        self.listUnsubscribe = listUnsubscribe
        self.contentLanguage = contentLanguage
    }

    /// Whether a relay must announce SMTPUTF8 to take the message: an address with a
    /// non-ASCII local part.
    public var needsSMTPUTF8: Bool {
        from.needsSMTPUTF8 || to.contains(where: \.needsSMTPUTF8) || replyTo?.needsSMTPUTF8 == true
    }
}
