/// The placeholders of a text, found as Mustache finds its tags with the default delimiters,
/// and the braces that look like a placeholder but are broken.
///
/// A tag runs from `{{` to the first `}}` after it (`}}}` when it opened with `{{{`). A broken
/// one is reported with its offset in the text, and is not a placeholder: `{{vars.organisation`
/// never closed, `vars.organisation}}` never opened, `{ {name}}`, or `{{vars.organisation, of de}}`
/// whose name is not a name. Layouts, texts, exchange files and mails all scan with this one type.
public struct PlaceholderScan: Sendable, Equatable {
    /// A pair of braces that does not make a placeholder.
    public struct Problem: Sendable, Equatable {
        /// Where in the text, in Unicode scalars from 0.
        public var offset: Int
        /// What is wrong and what to do, as a sentence without the place.
        public var message: String

        /// Creates a problem.
        public init(offset: Int, message: String) {
            self.offset = offset
            self.message = message
        }
    }

    /// The well-formed placeholders, in order, comments included.
    public private(set) var placeholders: [Placeholder] = []
    /// Every tag, in order, well-formed or not: what a Mustache renderer would see.
    public private(set) var tags: [Placeholder] = []
    /// The broken braces, in order.
    public private(set) var problems: [Problem] = []

    /// The placeholders of `text`. A text without a brace, as most are, is not scanned further.
    public init(_ text: String) {
        var bytes = text
        let hasBrace = bytes.withUTF8 { $0.contains(UInt8(ascii: "{")) || $0.contains(UInt8(ascii: "}")) }
        if hasBrace { scan(Array(text.unicodeScalars)) }
    }

    /// The placeholders of a text given as Unicode scalars, whose offsets the ranges count.
    public init(scalars text: [Unicode.Scalar]) {
        scan(text)
    }

    private mutating func scan(_ text: [Unicode.Scalar]) {
        var index = 0
        var plainStart = 0
        while index + 1 < text.count {
            guard text[index] == "{", text[index + 1] == "{" else {
                index += 1
                continue
            }
            reportStrayClosings(in: text, from: plainStart, to: index)
            let sigil = index + 2 < text.count ? text[index + 2] : " "
            let hasSigil = "#^/!{&=><$%".unicodeScalars.contains(sigil)
            let bodyStart = hasSigil ? index + 3 : index + 2
            guard let close = Self.firstClosing(in: text, from: bodyStart) else {
                problems.append(Problem(offset: index, message: "this placeholder is not closed; write it whole, as {{name}}, or remove the braces"))
                return
            }
            var end = close + 2
            if sigil == "{" {
                guard end < text.count, text[end] == "}" else {
                    problems.append(Problem(offset: index, message: "this placeholder opens with '{{{' but closes with '}}'; write {{{name}}} or {{name}}"))
                    return
                }
                end += 1
            }
            let name = String(String.UnicodeScalarView(text[bodyStart..<close])).trimmingBlanks()
            let tag = Placeholder(sigil: hasSigil ? sigil : nil, name: name, range: index..<end)
            tags.append(tag)
            if tag.hasWellFormedName {
                placeholders.append(tag)
            } else {
                problems.append(Problem(offset: index, message: Self.badName(tag, body: text[bodyStart..<close])))
            }
            index = end
            plainStart = end
        }
        reportStrayClosings(in: text, from: plainStart, to: text.count)
    }

    /// Whether the text holds no placeholder and no broken braces.
    public var isEmpty: Bool { tags.isEmpty && problems.isEmpty }

    /// The well-formed placeholders as written, comments left out, in order: what a
    /// translation must keep, each as often as the source has it.
    public var written: [String] {
        placeholders.filter { $0.sigil != "!" }.map(\.written)
    }

    private mutating func reportStrayClosings(in text: [Unicode.Scalar], from start: Int, to end: Int) {
        var index = start
        while index + 1 < end {
            if text[index] == "}", text[index + 1] == "}" {
                problems.append(Problem(offset: index, message: "'}}' here closes no placeholder; a placeholder is written {{name}}, with both pairs of braces"))
                while index < end, text[index] == "}" { index += 1 }
                continue
            }
            index += 1
        }
    }

    private static func badName(_ tag: Placeholder, body: ArraySlice<Unicode.Scalar>) -> String {
        if body.contains("\n") || body.count > 80 || String(String.UnicodeScalarView(body)).contains("{{") {
            return "this placeholder is not closed where its name ends; write it whole, as {{name}}"
        }
        return "'\(tag.written)' is not a placeholder: a name is words of letters and digits joined by dots, such as {{vars.organisation}}"
    }

    private static func firstClosing(in text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index + 1 < text.count {
            if text[index] == "}", text[index + 1] == "}" { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingBlanks() -> String {
        var text = Substring(self)
        // The blanks Mustache ignores inside a tag's braces: ASCII space, tab and line ends.
        while let first = text.unicodeScalars.first, " \t\n\r".unicodeScalars.contains(first) { text = text.dropFirst() }
        while let last = text.unicodeScalars.last, " \t\n\r".unicodeScalars.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
