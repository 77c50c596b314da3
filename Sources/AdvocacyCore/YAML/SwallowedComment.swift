/// A comment that was surely meant as part of the text before it: `en: Rehearsals are work.
/// #PayArtists` holds "Rehearsals are work." for YAML, which reads ` #` as the start of a comment.
///
/// The rule, documented in docs/campaign-format.md: after an unquoted value, on the same line, a
/// `#` immediately followed by a letter or a digit (a hashtag, `#1`). A comment written the usual
/// way, `# like this`, is never reported. libyaml reports no comments, so this looks at the rest
/// of the line after the value's end.
struct SwallowedComment {
    private let source: SourceText
    /// The line last looked at, as Unicode scalars: a file of one long line of values is read
    /// once, not once for each value.
    private var line: (number: Int, scalars: [Unicode.Scalar])?

    /// A finder over the text of `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        source = SourceText(bytes: bytes)
    }

    /// The warning for the rest of the line after a plain scalar that ends at `end`, if it starts
    /// with such a comment.
    mutating func warning(after scalar: YAMLScalar, endingAt end: SourceLocation) -> Diagnostic? {
        guard scalar.style == .plain, !scalar.text.isEmpty else { return nil }
        if line?.number != end.line { line = (end.line, Array((source.line(end.line) ?? "").unicodeScalars)) }
        let scalars = line!.scalars
        var hash = end.column - 1
        while hash < scalars.count, scalars[hash] == " " || scalars[hash] == "\t" { hash += 1 }
        guard hash > end.column - 1, hash + 1 < scalars.count, scalars[hash] == "#",
              scalars[hash + 1].properties.isAlphabetic || scalars[hash + 1].properties.numericType != nil
        else { return nil }
        let written = Substring(String(String.UnicodeScalarView(scalars[hash...]))).trimmingTrailingSpaces()
        let spaces = String(String.UnicodeScalarView(scalars[(end.column - 1)..<hash]))
        let lastWord = scalar.text.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? scalar.text
        let location = SourceLocation(file: end.file, line: end.line, column: hash + 1)
        return .warning(
            "' \(written)' is read as a comment, so the text ends at '\(lastWord)'; put the whole text in quotes to keep it: \(YAMLProblemWording.doubleQuoted(scalar.text + spaces + written))",
            at: location)
    }
}
