/// A comment that was surely meant as part of the text before it: `en: Rehearsals are work.
/// #PayArtists` holds "Rehearsals are work." for YAML, which reads ` #` as the start of a comment.
///
/// The rule, documented in docs/campaign-format.md: after an unquoted value, on the same line, a
/// `#` immediately followed by a letter or a digit (a hashtag, `#1`). A comment written the usual
/// way, `# like this`, is never reported. libyaml reports no comments, so this looks at the rest
/// of the line after the value's end.
struct SwallowedComment {
    private let source: SourceText
    /// Where the last value looked at ended, in its line: a file of one long line of values is
    /// walked once, not once for each value, and a line of megabytes is never copied scalar by
    /// scalar.
    private var cursor: (line: Int, column: Int, scalars: Substring.UnicodeScalarView, index: Substring.UnicodeScalarView.Index)?

    /// A finder over the lines of `source`.
    init(source: SourceText) {
        self.source = source
    }

    /// The warning for the rest of the line after a plain scalar that ends at `end`, if it starts
    /// with such a comment.
    mutating func warning(after scalar: YAMLScalar, endingAt end: SourceLocation) -> Diagnostic? {
        // Most lines hold no '#': a look at their bytes spares making their text.
        guard scalar.style == .plain, !scalar.text.isEmpty, source.line(end.line, contains: UInt8(ascii: "#")),
              let scalars = scalars(upTo: end)
        else { return nil }
        let (line, valueEnd) = scalars
        var hash = valueEnd
        while hash < line.endIndex, line[hash] == " " || line[hash] == "\t" { hash = line.index(after: hash) }
        guard hash > valueEnd, hash < line.endIndex, line[hash] == "#" else { return nil }
        let next = line.index(after: hash)
        guard next < line.endIndex, line[next].properties.isAlphabetic || line[next].properties.numericType != nil else { return nil }
        let written = Substring(String(String.UnicodeScalarView(line[hash...].prefix(200)))).trimmingTrailingSpaces()
        let spaces = String(String.UnicodeScalarView(line[valueEnd..<hash]))
        let location = SourceLocation(file: end.file, line: end.line, column: end.column + line.distance(from: valueEnd, to: hash))
        let lastWord = scalar.text.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? scalar.text
        return .warning(
            "' \(written)' is read as a comment, so the text ends at '\(lastWord)'; put the whole text in quotes to keep it: \(YAMLProblemWording.doubleQuoted(scalar.text + spaces + written))",
            at: location)
    }

    /// The scalars of `end`'s line and the index of `end`'s column in them, walked on from the
    /// last value's end when it is on the same line.
    private mutating func scalars(upTo end: SourceLocation) -> (Substring.UnicodeScalarView, Substring.UnicodeScalarView.Index)? {
        if cursor == nil || cursor!.line != end.line || cursor!.column > end.column {
            guard let text = source.line(end.line) else { return nil }
            cursor = (end.line, 1, text.unicodeScalars, text.unicodeScalars.startIndex)
        }
        var (line, column, scalars, index) = cursor!
        guard let found = scalars.index(index, offsetBy: end.column - column, limitedBy: scalars.endIndex) else { return nil }
        index = found
        column = end.column
        cursor = (line, column, scalars, index)
        return (scalars, index)
    }
}
