/// A message's subject and texts as one recipient gets them, before any transfer encoding:
/// what a proof sheet shows, and what a reader of the message decodes.
public struct FilledMessage: Sendable, Equatable {
    /// The subject.
    public let subject: String
    /// The plain-text part.
    public let plain: String
    /// The HTML part.
    public let html: String

    /// What `addressee`'s message says: their values put in the template the mailing stage
    /// encodes for them.
    public init(_ addressee: Addressee) throws(MessageError) {
        subject = try addressee.template.subject.filled(addressee.values)
        var plain = "", html = ""
        func walk(_ part: MIMEPart) throws(MessageError) {
            switch part {
            case .text(let text) where text.subtype == .plain: plain = try text.content.filled(addressee.values)
            case .text(let text): html = try text.content.filled(addressee.values)
            case .attachment: break
            case .multipart(_, let parts): for part in parts { try walk(part) }
            }
        }
        try walk(addressee.template.body)
        self.plain = plain
        self.html = html
    }
}
