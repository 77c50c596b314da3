import AdvocacyCore

/// One entry of a PO file as written, before it becomes the header or a unit.
struct POEntry {
    /// A keyword's string, in the quoted pieces it was written as.
    struct Field {
        /// Where the keyword is.
        var location: SourceLocation
        /// The bytes of every piece, escapes resolved.
        var bytes: [UInt8]
        /// Where each piece's opening quote is, and at which byte of ``bytes`` it starts.
        var pieces: [(location: SourceLocation, start: Int)]

        /// Starts a field with the string after its keyword.
        init(keyword location: SourceLocation, _ literal: POStringLiteral, at quote: SourceLocation) {
            self.location = location
            self.bytes = []
            self.pieces = []
            append(literal, at: quote)
        }

        /// A field made of `bytes` found at `location`, such as a key read from a reference.
        init(bytes: [UInt8], at location: SourceLocation) {
            self.location = location
            self.bytes = bytes
            self.pieces = [(location, 0)]
        }

        /// Adds a continuation string.
        mutating func append(_ literal: POStringLiteral, at quote: SourceLocation) {
            pieces.append((quote, bytes.count))
            bytes += literal.bytes
        }
    }

    /// Where a continuation string goes.
    enum Slot {
        case context, source, target, previousSource, ignored
    }

    /// The `#.` comment lines.
    var notes: [String] = []
    /// The `#:` references, in order.
    var references: [String] = []
    /// Whether `#, fuzzy` marks it.
    var isFuzzy = false
    var context: Field?
    var source: Field?
    var target: Field?
    /// The `#| msgid` string.
    var previousSource: Field?
    /// Whether a problem was already reported in it, so that it is not checked further.
    var isBroken = false
    /// Where the next continuation string goes, if anywhere.
    var slot: Slot?

    /// Whether any keyword was written, so that a comment or keyword now starts a new entry.
    var hasKeywords: Bool { context != nil || source != nil || target != nil || isBroken }

    /// The field in `slot`.
    subscript(slot: Slot) -> Field? {
        get {
            switch slot {
            case .context: context
            case .source: source
            case .target: target
            case .previousSource: previousSource
            case .ignored: nil
            }
        }
        set {
            switch slot {
            case .context: context = newValue
            case .source: source = newValue
            case .target: target = newValue
            case .previousSource: previousSource = newValue
            case .ignored: break
            }
        }
    }
}
