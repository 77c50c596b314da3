/// What every message of one language of a mailing shares, compiled once: the subject and the
/// body's parts, with the placeholders a recipient's values fill.
public struct MessageTemplate: Sendable {
    /// The subject, as a header's template.
    public let subject: PersonalisedTemplate
    /// The body.
    public let body: MIMEPart
    /// Every placeholder of the subject and the body, each once, in order.
    public let placeholders: [String]

    /// A template of `subject` (with placeholders) and `body`; throws on a malformed
    /// placeholder in the subject.
    public init(subject: String, body: MIMEPart) throws(MessageError) {
        self.init(subject: try PersonalisedTemplate(subject, escaping: .header(field: "Subject")), body: body)
    }

    /// A template of an already compiled subject and `body`.
    public init(subject: PersonalisedTemplate, body: MIMEPart) {
        self.subject = subject
        self.body = body
        var seen = Set(subject.placeholders), names = subject.placeholders
        body.collectPlaceholders(into: &names, seen: &seen)
        placeholders = names
    }

    /// The placeholders that have no value in `values`, in order: the fields a recipient lacks.
    public func missing(in values: PlaceholderValues) -> [String] {
        placeholders.filter { values[$0] == nil }
    }
}
