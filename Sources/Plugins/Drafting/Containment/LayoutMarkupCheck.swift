import AdvocacyCore

/// Checks a layout's own HTML and CSS, with its Mustache tags in place, for anything that would
/// let a paper reach outside the build: elements that run code, embed or fetch (`<script>`,
/// `<link>`, `<object>`…), event handlers, attachments (`rel="attachment"`), addresses other
/// than `#fragments`, checked `data:` addresses and, on `<a href>` only, web and mail links,
/// and CSS that fetches (``StyleCheck``).
///
/// The HTML is tokenized as the HTML standard's tokenizer does (tag names, attributes, quoted
/// and unquoted values, comments, `<style>` raw text), names compared case-insensitively and
/// attribute values with their character references decoded. Since a section may render its
/// content zero, one or many times, Mustache tags may only stand where that cannot join two
/// pieces into new markup: in text (not right after `<`), inside a quoted attribute value
/// (variables only), or between whole attributes (sections only); a section closes in the
/// same context it opened in.
struct LayoutMarkupCheck {
    /// Elements a layout may not hold: they run code, embed other documents or fetch.
    static let refusedElements: Set<String> = [
        "script", "link", "object", "embed", "iframe", "frame", "frameset", "base", "applet", "portal",
        "svg", "math", "audio", "video", "source", "track", "noscript",
        // Their content is text to the HTML parser, or <select> would ignore a <style> in it:
        // what they hold would not be what this check reads.
        "select", "textarea", "xmp", "noembed", "noframes", "plaintext",
    ]
    /// Attributes whose value is an address the PDF engine may read.
    static let addressAttributes: Set<String> = [
        "src", "href", "xlink:href", "srcset", "data", "poster", "background", "action", "formaction", "cite",
        "longdesc", "usemap", "codebase", "archive", "classid", "manifest", "ping", "lowsrc", "dynsrc", "profile",
        "icon", "xml:base",
    ]

    enum Part: Equatable {
        case literal(String)
        case tag(LayoutTag)
    }

    private enum State: Equatable {
        case data, tagName, beforeAttribute, attributeName, afterAttributeName, beforeValue
        case quotedValue(Unicode.Scalar), unquotedValue, comment, bogusComment
        /// Inside `<style>` or `<script>`: text up to the matching end tag.
        case rawText
        /// Inside `<title>`: text with character references up to `</title>`.
        case escapableRawText
    }

    private enum Context: Equatable {
        case text
        case tag(Int)
    }

    private struct Tag {
        var name = ""
        var isEnd = false
        var start = 0
        var id = 0
        var named = false
    }

    struct Attribute {
        var name = ""
        var start = 0
        var parts: [Part] = []

        mutating func append(_ scalar: Unicode.Scalar) {
            if case .literal(var text) = parts.last {
                text.unicodeScalars.append(scalar)
                parts[parts.count - 1] = .literal(text)
            } else {
                parts.append(.literal(String(scalar)))
            }
        }
    }

    private let text: [Unicode.Scalar]
    private let tags: [Int: LayoutTag]
    private let locate: (Int) -> SourceLocation
    /// What was found, in order.
    private(set) var problems: [Diagnostic] = []

    private var state = State.data
    private var index = 0
    private var tag = Tag()
    private var tagCount = 0
    private var attribute = Attribute()
    private var sections: [(context: Context, tag: LayoutTag)] = []
    private var previousLiteral: Unicode.Scalar?
    private var rawTextStart = 0
    /// The last few scalars of a `<title>`'s own text, to see a tag that could complete `</title`.
    private var titleTail: [Unicode.Scalar] = []

    /// Checks `text`, whose Mustache tags are `tags`; `locate` turns an offset into a location.
    init(_ text: [Unicode.Scalar], tags: [LayoutTag], locate: @escaping (Int) -> SourceLocation) {
        self.text = text
        self.tags = Dictionary(uniqueKeysWithValues: tags.map { ($0.range.lowerBound, $0) })
        self.locate = locate
        run()
    }

    mutating func report(_ message: String, at offset: Int) {
        problems.append(.error(message, at: locate(offset)))
    }

    private mutating func run() {
        while index < text.count {
            if let found = tags[index] {
                mustache(found)
                index = found.range.upperBound
            } else {
                step(text[index])
            }
        }
        if state == .rawText { checkStyleSheet(upTo: text.count) }
    }

    // MARK: - The tokenizer

    private mutating func step(_ c: Unicode.Scalar) {
        switch state {
        case .data:
            data(c)
        case .tagName:
            index += 1
            if Self.isBlank(c) || c == "/" {
                finishName()
                state = .beforeAttribute
            } else if c == ">" {
                finishName()
                endOfTag()
            } else {
                tag.name.unicodeScalars.append(Self.lowercased(c))
            }
        case .beforeAttribute:
            index += 1
            if c == ">" {
                endOfTag()
            } else if !Self.isBlank(c), c != "/" {
                startAttribute(c)
            }
        case .attributeName:
            index += 1
            switch c {
            case "=": state = .beforeValue
            case "/": finishAttribute(then: .beforeAttribute)
            case ">": finishAttribute(then: nil)
            case _ where Self.isBlank(c): state = .afterAttributeName
            default: attribute.name.unicodeScalars.append(Self.lowercased(c))
            }
        case .afterAttributeName:
            index += 1
            switch c {
            case "=": state = .beforeValue
            case "/": finishAttribute(then: .beforeAttribute)
            case ">": finishAttribute(then: nil)
            case _ where Self.isBlank(c): break
            default:
                finishAttribute(then: .beforeAttribute)
                startAttribute(c)
            }
        case .beforeValue:
            if c == "\"" || c == "'" {
                index += 1
                state = .quotedValue(c)
            } else if c == ">" {
                index += 1
                finishAttribute(then: nil)
            } else if Self.isBlank(c) {
                index += 1
            } else {
                state = .unquotedValue
            }
        case .quotedValue(let quote):
            index += 1
            if c == quote {
                finishAttribute(then: .beforeAttribute)
            } else {
                attribute.append(c)
            }
        case .unquotedValue:
            index += 1
            if Self.isBlank(c) {
                finishAttribute(then: .beforeAttribute)
            } else if c == ">" {
                finishAttribute(then: nil)
            } else {
                attribute.append(c)
            }
        case .comment:
            if looks(at: "-->") {
                index += 3
                state = .data
            } else if looks(at: "--!>") {
                index += 4
                state = .data
            } else {
                index += 1
            }
        case .bogusComment:
            index += 1
            if c == ">" { state = .data }
        case .rawText, .escapableRawText:
            if c == "<", looks(at: "</\(tag.name)"), let after = at(index + 2 + tag.name.unicodeScalars.count), Self.isBlank(after) || after == "/" || after == ">" {
                if state == .rawText { checkStyleSheet(upTo: index) }
                state = .data
            } else {
                titleTail = Array((titleTail + [Self.lowercased(c)]).suffix(8))
                index += 1
            }
        }
    }

    private mutating func data(_ c: Unicode.Scalar) {
        guard c == "<" else {
            previousLiteral = c
            index += 1
            return
        }
        let next = at(index + 1)
        if let next, Self.isLetter(next) {
            startTag(isEnd: false, skipping: 1)
        } else if next == "/" {
            if let name = at(index + 2), Self.isLetter(name) {
                startTag(isEnd: true, skipping: 2)
            } else if at(index + 2) == ">" {
                index += 3
                previousLiteral = ">"
            } else {
                index += 2
                state = .bogusComment
            }
        } else if next == "!" {
            if looks(at: "<!--") {
                index += 4
                state = .comment
                if at(index) == ">" {
                    index += 1
                    state = .data
                } else if looks(at: "->") {
                    index += 2
                    state = .data
                }
            } else {
                index += 2
                state = .bogusComment
            }
        } else if next == "?" {
            index += 1
            state = .bogusComment
        } else {
            previousLiteral = c
            index += 1
        }
    }

    private mutating func startTag(isEnd: Bool, skipping count: Int) {
        tagCount += 1
        tag = Tag(isEnd: isEnd, start: index, id: tagCount)
        index += count
        state = .tagName
    }

    private mutating func finishName() {
        guard !tag.named else { return }
        tag.named = true
        if !tag.isEnd, Self.refusedElements.contains(tag.name) {
            report("the layout holds a <\(tag.name)> element, which is refused: it would run code, embed another document or make the PDF engine fetch something; remove it (docs/papers.md lists what a layout may hold)", at: tag.start)
        }
    }

    private mutating func endOfTag() {
        previousLiteral = ">"
        if !tag.isEnd, tag.name == "style" || tag.name == "script" {
            state = .rawText
            rawTextStart = index
        } else if !tag.isEnd, tag.name == "title" {
            state = .escapableRawText
            titleTail = []
        } else {
            state = .data
        }
    }

    private mutating func startAttribute(_ c: Unicode.Scalar) {
        attribute = Attribute(name: String(Self.lowercased(c)), start: index - 1)
        state = .attributeName
    }

    /// Checks the attribute just read, then goes on in `next`, or ends the tag when `nil`.
    private mutating func finishAttribute(then next: State?) {
        if !tag.isEnd { check(attribute, of: tag.name) }
        if let next { state = next } else { endOfTag() }
    }

    private mutating func checkStyleSheet(upTo end: Int) {
        guard tag.name == "style" else { return }
        let start = rawTextStart
        for problem in StyleCheck().problems(in: Array(text[start..<end])) {
            report("the layout's <style> element: \(problem.message)", at: start + problem.offset)
        }
    }

    // MARK: - Mustache tags in the markup

    /// Checks where `found` stands. A comment renders nothing, so the markup around it joins:
    /// it is transparent where markup is read one scalar at a time, and refused where a
    /// sequence (`<x`, `-->`, `</style`) is looked for across it.
    private mutating func mustache(_ found: LayoutTag) {
        if case .refused = found.kind { return }
        let at = found.range.lowerBound
        let isComment = found.kind == .comment
        switch state {
        case .tagName, .beforeAttribute, .attributeName, .afterAttributeName, .beforeValue, .unquotedValue, .quotedValue:
            if isComment { return }
        default:
            break
        }
        switch state {
        case .data:
            if previousLiteral == "<" {
                report("\(found.written) stands right after '<', where it could write an element's name; write the element's name in the layout", at: at)
            }
            guard !isComment else { return }
            previousLiteral = nil
            if found.isSection { sectionBoundary(found, in: .text) }
        case .tagName, .beforeAttribute:
            finishName()
            state = .beforeAttribute
            guard found.isSection else {
                report("\(found.written) stands inside the tag <\(tag.name)>, where it could write an attribute; put it inside a quoted attribute value, or wrap whole attributes in a section", at: at)
                return
            }
            if let next = literalAfter(found), !(Self.isBlank(next) || next == "/" || next == ">") {
                report("\(found.written) inside the tag <\(tag.name)> must be followed by a space, '/' or '>', so that a section wraps whole attributes", at: at)
            }
            sectionBoundary(found, in: .tag(tag.id))
        case .quotedValue:
            guard found.kind == .variable else {
                report("\(found.written) stands inside the value of the attribute \(attribute.name); only {{name}} may stand there, not sections or unescaped values", at: at)
                return
            }
            attribute.parts.append(.tag(found))
        case .escapableRawText:
            let end = Array("</title".unicodeScalars)
            if found.isSection || isComment {
                report("\(found.written) stands inside <title>, where it could join text into </title>; put sections and comments around the whole element", at: at)
            } else if (1...end.count).contains(where: { titleTail.suffix($0) == end.prefix($0) }) {
                report("\(found.written) stands inside <title> where it could complete '</title'; move it", at: at)
            }
        case .rawText:
            report("\(found.written) stands inside a <\(tag.name)> element, where advocate cannot check what it writes; write the CSS as it is", at: at)
        case .comment, .bogusComment:
            report("\(found.written) stands inside an HTML comment or declaration, which a value could close; move it out", at: at)
        case .attributeName, .afterAttributeName, .beforeValue, .unquotedValue:
            report("\(found.written) stands in the attribute \(attribute.name) of <\(tag.name)> outside quotes; quote the value: \(attribute.name)=\"\(found.written)\"", at: at)
        }
    }

    /// The scalar after `found` and any comment tags that follow it, or `nil` when another tag
    /// or the end of the layout comes first.
    private func literalAfter(_ found: LayoutTag) -> Unicode.Scalar? {
        var position = found.range.upperBound
        while let next = tags[position] {
            guard next.kind == .comment else { return nil }
            position = next.range.upperBound
        }
        return at(position)
    }

    private mutating func sectionBoundary(_ found: LayoutTag, in context: Context) {
        guard found.kind == .sectionEnd else {
            sections.append((context, found))
            return
        }
        guard let open = sections.popLast(), open.context != context else { return }
        let opened = locate(open.tag.range.lowerBound)
        report("\(found.written) closes, in another place of the markup, the section opened at line \(opened.line), column \(opened.column); a section must open and close both in text, or both between the attributes of one tag", at: found.range.lowerBound)
    }

    // MARK: - Scalars

    private func at(_ position: Int) -> Unicode.Scalar? {
        position < text.count ? text[position] : nil
    }

    private func looks(at literal: String) -> Bool {
        var position = index
        for expected in literal.unicodeScalars {
            guard let c = at(position), Self.lowercased(c) == expected else { return false }
            position += 1
        }
        return true
    }

    static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
    private static func isLetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    private static func lowercased(_ c: Unicode.Scalar) -> Unicode.Scalar { c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 32)! : c }
}
