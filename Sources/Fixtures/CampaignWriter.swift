/// Writes one campaign's YAML line by line, drawing every choice of content and style from a
/// seeded generator.
struct CampaignWriter {
    /// The YAML written since the last ``take()``.
    private(set) var output = ""
    var random: SplitMix64

    /// Where running text is broken, as editors do.
    static let width = 80
    private static let spaces = (0...16).map { String(repeating: " ", count: $0) }

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// How many bytes ``output`` holds.
    var byteCount: Int { output.utf8.count }

    /// Returns what was written and starts afresh, so that sections can be written in any order.
    mutating func take() -> String {
        defer { output = "" }
        return output
    }

    /// Appends one line at `indent`.
    mutating func line(_ indent: Int, _ text: String) {
        output += Self.spaces[indent]
        output += text
        output += "\n"
    }

    /// Appends a comment line at `indent`.
    mutating func comment(_ indent: Int, _ text: String) {
        line(indent, "# " + text)
    }

    /// Appends an empty line.
    mutating func blankLine() {
        output += "\n"
    }

    /// Appends a line at `indent` holding `prefix` then `text`, broken at spaces before ``width``;
    /// further lines start at `continuation`.
    mutating func wrappedLine(_ indent: Int, _ prefix: String, _ text: String, continuation: Int) {
        output += Self.spaces[indent]
        output += prefix
        let bytes = text.utf8
        var column = indent + prefix.utf8.count
        // The current line is `lineStart..<lineEnd`: whole words, appended once it is full.
        var lineStart = bytes.startIndex
        var lineEnd = lineStart
        var wordStart = lineStart
        while wordStart != bytes.endIndex {
            let wordEnd = bytes[wordStart...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
            let length = bytes.distance(from: wordStart, to: wordEnd)
            if lineEnd == lineStart {
                column += length
            } else if column + 1 + length > Self.width {
                output += text[lineStart..<lineEnd]
                output += "\n"
                output += Self.spaces[continuation]
                lineStart = wordStart
                column = continuation + length
            } else {
                column += 1 + length
            }
            lineEnd = wordEnd
            wordStart = wordEnd == bytes.endIndex ? wordEnd : bytes.index(after: wordEnd)
        }
        output += text[lineStart..<lineEnd]
        output += "\n"
    }
}
