import AdvocacyCore

/// A `{{…}}` tag of a layout, found where swift-mustache finds it with its default delimiters
/// (advocate refuses any other), so that the checks see every tag the renderer will obey.
struct LayoutTag: Equatable {
    enum Kind: Equatable {
        /// `{{name}}`, inserted HTML-escaped.
        case variable
        /// `{{{name}}}` or `{{&name}}`, inserted as it is.
        case unescaped
        /// `{{#name}}`, `{{^name}}` and `{{/name}}`.
        case section, invertedSection, sectionEnd
        /// `{{! … }}`, which renders nothing.
        case comment
        /// A delimiter change, partial, parent, block or pragma: refused wherever it stands;
        /// the associated text says what it is.
        case refused(String)
    }

    var kind: Kind
    /// The name, without sigil and blanks.
    var name: String
    /// Where the tag is, in Unicode scalars of the layout, from `{{` to the last `}`.
    var range: Range<Int>

    /// Every tag in `text`, in order, as ``PlaceholderScan`` finds them. A tag that is not
    /// closed ends the list: the layout then does not parse, and that is reported instead.
    static func all(in text: [Unicode.Scalar]) -> [LayoutTag] {
        PlaceholderScan(scalars: text).tags.map { tag in
            let kind: Kind
            switch tag.sigil {
            case "{", "&": kind = .unescaped
            case "#": kind = .section
            case "^": kind = .invertedSection
            case "/": kind = .sectionEnd
            case "!": kind = .comment
            case "=": kind = .refused("a delimiter change")
            case ">": kind = .refused("a partial")
            case "<": kind = .refused("a parent template")
            case "$": kind = .refused("a block")
            case "%": kind = .refused("a pragma")
            default: kind = .variable
            }
            return LayoutTag(kind: kind, name: tag.name, range: tag.range)
        }
    }

    /// How the tag was written, for messages.
    var written: String {
        switch kind {
        case .variable: "{{\(name)}}"
        case .unescaped: "{{{\(name)}}}"
        case .section: "{{#\(name)}}"
        case .invertedSection: "{{^\(name)}}"
        case .sectionEnd: "{{/\(name)}}"
        case .comment: "{{!…}}"
        case .refused: "{{…}}"
        }
    }

    /// Whether the tag opens or closes a section.
    var isSection: Bool {
        kind == .section || kind == .invertedSection || kind == .sectionEnd
    }
}
