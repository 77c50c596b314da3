/// A comment that was surely meant as part of the text before it: `en: Rehearsals are work.
/// #PayArtists` holds "Rehearsals are work." for YAML, which reads ` #` as the start of a comment.
///
/// The rule, documented in docs/campaign-format.md: after an unquoted value, on the same line, a
/// `#` immediately followed by a letter or a digit (a hashtag, `#1`). A comment written the usual
/// way, `# like this`, is never reported. libyaml reports no comments, so this looks at the rest
/// of the line after the value's end.
enum SwallowedComment {
    /// The warning for the rest of the line after a plain scalar that ends at `end`, if it starts
    /// with such a comment.
    static func warning(after scalar: YAMLScalar, endingAt end: SourceLocation, in source: SourceText) -> Diagnostic? {
        guard scalar.style == .plain, !scalar.text.isEmpty, let line = source.line(end.line) else { return nil }
        let rest = line.unicodeScalars.dropFirst(end.column - 1)
        let spaces = rest.prefix { $0 == " " || $0 == "\t" }
        let comment = rest.dropFirst(spaces.count)
        guard !spaces.isEmpty, comment.first == "#", let next = comment.dropFirst().first,
              next.properties.isAlphabetic || next.properties.numericType != nil
        else { return nil }
        let written = Substring(String(String.UnicodeScalarView(comment))).trimmingTrailingSpaces()
        let lastWord = scalar.text.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? scalar.text
        let whole = scalar.text + String(String.UnicodeScalarView(spaces)) + written
        let location = SourceLocation(file: end.file, line: end.line, column: end.column + spaces.count)
        return .warning(
            "' \(written)' is read as a comment, so the text ends at '\(lastWord)'; put the whole text in quotes to keep it: \(YAMLProblemWording.doubleQuoted(whole))",
            at: location)
    }
}
