/// One line of a PO file, as the reader sees it.
enum POLine {
    /// The keywords of an entry.
    enum Keyword: Equatable {
        case msgctxt, msgid, msgstr
        /// `msgid_plural` or `msgstr[n]`: plural forms, which advocate's texts never have.
        case plural(String)
    }

    /// An empty line, or one of blanks only.
    case blank
    /// `#.`: a comment for the translator, written by the program that made the file.
    case extractedComment(String)
    /// `#,`: the entry's flags, such as `fuzzy`.
    case flags([String])
    /// `#|`: a line of the entry as it was before its source changed.
    indirect case previous(POLine)
    /// `#:`: the entry's references, separated by blanks; advocate writes the text's key here,
    /// which survives tools that drop `msgctxt` (translate-toolkit's `po2xliff`).
    case references([String])
    /// Any other comment: the translator's own (`# `), obsolete entries (`#~`).
    case otherComment
    /// A keyword and the string after it; offsets count scalars from the start of the line.
    case keyword(Keyword, keywordOffset: Int, POStringLiteral, stringOffset: Int)
    /// A string alone, continuing the keyword above.
    case continuation(POStringLiteral, stringOffset: Int)

    /// Classifies a line, or says what is wrong with it.
    static func read(_ line: [Unicode.Scalar]) throws(POSyntaxError) -> POLine {
        guard let start = line.firstIndex(where: { !isBlank($0) }) else { return .blank }
        guard line[start] == "#" else { return try strings(line, from: start) }
        let marker = start + 1 < line.count ? line[start + 1] : " "
        let rest = Array(line[min(start + 2, line.count)...])
        switch marker {
        case ".":
            let text = rest.first == " " ? rest.dropFirst() : rest[...]
            return .extractedComment(String(String.UnicodeScalarView(text)))
        case ",":
            let flags = String(String.UnicodeScalarView(rest)).split(separator: ",")
            return .flags(flags.map { $0.trimmingBlanks() })
        case "|":
            return .previous(try strings(line, from: start + 2))
        case ":":
            return .references(String(String.UnicodeScalarView(rest)).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
        default:
            return .otherComment
        }
    }

    /// A keyword line or a continuation, from `start`.
    private static func strings(_ line: [Unicode.Scalar], from start: Int) throws(POSyntaxError) -> POLine {
        guard let first = line[start...].firstIndex(where: { !isBlank($0) }) else { return .blank }
        if line[first] == "\"" {
            let literal = try POStringLiteral.read(line, from: first)
            try expectNothing(in: line, after: literal.end)
            return .continuation(literal, stringOffset: first)
        }
        var end = first
        while end < line.count, isKeywordCharacter(line[end]) { end += 1 }
        let name = String(String.UnicodeScalarView(line[first..<end]))
        guard let keyword = keyword(named: name) else {
            let shown = name.isEmpty ? String(line[first]) : name
            throw POSyntaxError(offset: first, message: "unknown keyword '\(shown)'; a PO entry is made of msgctxt, msgid and msgstr lines, each followed by a quoted string")
        }
        guard let quote = line[end...].firstIndex(where: { !isBlank($0) }), line[quote] == "\"" else {
            throw POSyntaxError(offset: first, message: "\(name) must be followed by a quoted string, such as \(name) \"\"")
        }
        let literal = try POStringLiteral.read(line, from: quote)
        try expectNothing(in: line, after: literal.end)
        return .keyword(keyword, keywordOffset: first, literal, stringOffset: quote)
    }

    private static func keyword(named name: String) -> Keyword? {
        switch name {
        case "msgctxt": .msgctxt
        case "msgid": .msgid
        case "msgstr": .msgstr
        case "msgid_plural": .plural(name)
        case _ where name.hasPrefix("msgstr["): .plural(name)
        default: nil
        }
    }

    private static func expectNothing(in line: [Unicode.Scalar], after end: Int) throws(POSyntaxError) {
        if let extra = line[end...].firstIndex(where: { !isBlank($0) }) {
            throw POSyntaxError(offset: extra, message: "unexpected text after the closing quote; put each string on its own line")
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private static func isKeywordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "[" || scalar == "]"
    }
}

/// Why a line of a PO file could not be read, at a 0-based offset in the line.
struct POSyntaxError: Error, Equatable {
    var offset: Int
    var message: String
}
