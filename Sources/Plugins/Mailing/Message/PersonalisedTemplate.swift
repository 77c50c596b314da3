/// A text with placeholders (`{{recipient.first_name}}`), compiled once into literal bytes and
/// slots, then filled per recipient by copying bytes: the rendered text or HTML of one language,
/// or a subject.
///
/// Filled by hand rather than through swift-mustache: a mailing's text is rendered from Markdown
/// once per language, so all that is left per recipient is to copy the literal bytes and put an
/// escaped value in each slot; a template engine would walk its tree and look every name up in
/// a context stack per message, for no feature a mailing uses (no sections, no partials).
///
/// A value is escaped for where it goes, so contact data stays data: HTML-escaped in HTML
/// (`<b>Jo</b>` shows as those characters), as it is in plain text (which no reader interprets),
/// refused in a header when it holds a line break.
public struct PersonalisedTemplate: Sendable {
    /// Where the filled text goes, which decides how a value is escaped.
    public enum Escaping: Sendable, Equatable {
        /// Plain text: values go in as they are.
        case text
        /// HTML: `&`, `<`, `>`, `"` and `'` become character references.
        case html
        /// A header's value (the `Subject`): a value holding a CR, an LF or a NUL is refused.
        case header(field: String)
    }

    enum Segment: Sendable {
        case literal([UInt8])
        case slot(Int)
    }

    /// How values are escaped.
    public let escaping: Escaping
    /// The distinct placeholder names, in the order they first appear.
    public let placeholders: [String]
    let segments: [Segment]

    /// Compiles `text`: `{{ name }}` is a placeholder (spaces inside the braces allowed; a name
    /// is letters, digits, `_`, `-` and dots), and in HTML also its percent-encoded form
    /// `%7B%7Bname%7D%7D`, which a Markdown link's URL becomes. Throws on a `{{` with no `}}`
    /// or with something else than a name inside.
    public init(_ text: String, escaping: Escaping) throws(MessageError) {
        self.escaping = escaping
        let bytes = Array(text.utf8)
        var segments: [Segment] = [], names: [String] = [], index: [String: Int] = [:]
        var literalStart = 0, i = 0
        while i < bytes.count {
            guard let opening = PlaceholderSyntax.opening(in: bytes, at: i, html: escaping == .html) else {
                i += 1
                continue
            }
            let name: String, end: Int
            switch PlaceholderSyntax.placeholder(in: bytes, at: i, opening: opening) {
            case .success(let found): (name, end) = found
            case .failure(let error): throw error
            }
            if literalStart < i { segments.append(.literal(Array(bytes[literalStart..<i]))) }
            let slot: Int
            if let known = index[name] {
                slot = known
            } else {
                slot = names.count
                index[name] = slot
                names.append(name)
            }
            segments.append(.slot(slot))
            i = end
            literalStart = end
        }
        if literalStart < bytes.count { segments.append(.literal(Array(bytes[literalStart...]))) }
        self.segments = segments
        placeholders = names
    }

    /// A template of `text` taken literally: no placeholders, `{{` included.
    public init(literal text: String, escaping: Escaping) {
        self.escaping = escaping
        placeholders = []
        segments = text.isEmpty ? [] : [.literal(Array(text.utf8))]
    }

    /// The placeholders that have no value in `values`, in the order they first appear.
    public func missing(in values: PlaceholderValues) -> [String] {
        placeholders.filter { values[$0] == nil }
    }

    /// Appends the text filled with `values` to `buffer`; throws on a placeholder without a
    /// value, or, in a header, on a value that holds a line break.
    public func fill(_ values: PlaceholderValues, into buffer: inout [UInt8]) throws(MessageError) {
        var resolved: [String] = []
        resolved.reserveCapacity(placeholders.count)
        for name in placeholders {
            guard let value = values[name] else { throw MessageError(.missingValue(name: name)) }
            if case .header(let field) = escaping, HeaderText.hasLineBreak(value) {
                throw MessageError(.lineBreakInHeader(field: field))
            }
            resolved.append(value)
        }
        for segment in segments {
            switch segment {
            case .literal(let bytes):
                buffer.append(contentsOf: bytes)
            case .slot(let slot):
                if escaping == .html {
                    HTMLEscaping.append(resolved[slot], to: &buffer)
                } else {
                    buffer.append(contentsOf: resolved[slot].utf8)
                }
            }
        }
    }

    /// The text filled with `values` (see ``fill(_:into:)``).
    public func filled(_ values: PlaceholderValues) throws(MessageError) -> String {
        var buffer: [UInt8] = []
        try fill(values, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
