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

    /// Every tag in `text`, in order. A tag that is not closed ends the list: the layout then
    /// does not parse, and that is reported instead.
    static func all(in text: [Unicode.Scalar]) -> [LayoutTag] {
        var tags: [LayoutTag] = []
        var index = 0
        while index + 1 < text.count {
            guard text[index] == "{", text[index + 1] == "{" else {
                index += 1
                continue
            }
            let sigil = index + 2 < text.count ? text[index + 2] : " "
            let bodyStart = "#^/!{&=><$%".unicodeScalars.contains(sigil) ? index + 3 : index + 2
            guard let close = firstClosing(in: text, from: bodyStart) else { break }
            var end = close + 2
            if sigil == "{" {
                guard end < text.count, text[end] == "}" else { break }
                end += 1
            }
            let name = String(String.UnicodeScalarView(text[bodyStart..<close])).trimmingASCIIWhitespace()
            let kind: Kind
            switch sigil {
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
            tags.append(LayoutTag(kind: kind, name: name, range: index..<end))
            index = end
        }
        return tags
    }

    private static func firstClosing(in text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index + 1 < text.count {
            if text[index] == "}", text[index + 1] == "}" { return index }
            index += 1
        }
        return nil
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
