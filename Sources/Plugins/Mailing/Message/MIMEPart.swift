/// A message's body as a tree of MIME parts: texts (personalised per recipient), attachments
/// (encoded once, shared by every message) and multiparts holding other parts.
public indirect enum MIMEPart: Sendable {
    /// A `text/plain` or `text/html` part in UTF-8.
    case text(TextPart)
    /// A file attached, already encoded.
    case attachment(Attachment)
    /// A `multipart/…` of `parts`, in order.
    case multipart(MultipartKind, [MIMEPart])

    /// Adds the placeholders of the texts of this part and the parts below it to `names`, each
    /// once (`seen` holds those already there), in order.
    func collectPlaceholders(into names: inout [String], seen: inout Set<String>) {
        switch self {
        case .text(let part):
            for name in part.content.placeholders where seen.insert(name).inserted { names.append(name) }
        case .attachment:
            break
        case .multipart(_, let parts):
            for part in parts { part.collectPlaceholders(into: &names, seen: &seen) }
        }
    }
}

/// The kinds of multipart a mailing uses.
public enum MultipartKind: String, Sendable {
    /// The same content in several forms, the preferred last: text then HTML.
    case alternative
    /// Parts one after the other: the text, then attachments.
    case mixed
}

/// A text part: plain text or HTML in UTF-8, in one language, filled per recipient.
public struct TextPart: Sendable {
    /// Plain text or HTML.
    public enum Subtype: String, Sendable {
        /// `text/plain`.
        case plain
        /// `text/html`.
        case html
    }

    /// `plain` or `html`.
    public let subtype: Subtype
    /// The `Content-Language` of the part (`fr`); `nil` for none.
    public let language: String?
    /// The text, with its placeholders; its line breaks (LF or CRLF) become the message's.
    public let content: PersonalisedTemplate

    /// A part of `subtype` from `text`, compiled with the escaping the subtype needs (HTML for
    /// HTML, none for plain text); throws on a malformed placeholder.
    public init(_ subtype: Subtype, text: String, language: String? = nil) throws(MessageError) {
        self.init(subtype, content: try PersonalisedTemplate(text, escaping: subtype == .html ? .html : .text), language: language)
    }

    /// A part of `subtype` from an already compiled template.
    public init(_ subtype: Subtype, content: PersonalisedTemplate, language: String? = nil) {
        self.subtype = subtype
        self.content = content
        self.language = language
    }
}
