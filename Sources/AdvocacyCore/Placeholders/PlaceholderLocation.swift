/// Where in a file a place in a text is, for texts read from YAML, whose quotes, escapes,
/// indentation and folding make the text differ from the lines it was written on.
enum PlaceholderLocation {
    /// The file, line and column of the Unicode scalar at `offset` in `text`, which starts at
    /// `start` in a file whose lines `source` holds. The line is found by looking for what
    /// follows the offset on the lines from `start` on; `start` when it cannot be found.
    static func location(ofOffset offset: Int, in text: String, writtenAt start: SourceLocation, source: SourceText?) -> SourceLocation {
        let scalars = Array(text.unicodeScalars)
        guard offset < scalars.count, let source else { return start }
        var end = offset
        while end < scalars.count, end - offset < 24, scalars[end] != "\n" { end += 1 }
        let snippet = String(String.UnicodeScalarView(scalars[offset..<end]))
        let before = String(String.UnicodeScalarView(scalars[..<offset]))
        var earlier = before.components(separatedBy: snippet).count - 1
        let lineCount = scalars.reduce(into: 1) { count, scalar in if scalar == "\n" { count += 1 } }
        for line in start.line...(start.line + lineCount + 8) {
            guard var rest = source.line(line).map(String.init) else { break }
            var column = line == start.line ? start.column - 1 : 0
            if line == start.line { rest = String(String.UnicodeScalarView(rest.unicodeScalars.dropFirst(column))) }
            while let range = rest.range(of: snippet) {
                let found = column + rest.unicodeScalars[..<range.lowerBound].count
                if earlier == 0 { return SourceLocation(file: start.file, line: line, column: found + 1) }
                earlier -= 1
                let skipped = rest.unicodeScalars[..<range.upperBound].count
                column += skipped
                rest = String(rest[range.upperBound...])
            }
        }
        return start
    }
}
