/// How a text is written inside the double quotes of a PO string.
enum POEscaping {
    /// The text with backslash, quote and the control characters C names escaped; other
    /// characters, including other controls, are written as they are, as gettext does.
    static func escaped(_ text: some StringProtocol) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let escape = escapes[scalar] {
                result += escape
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text cut after each `\n`; a single piece when the only line break, if any, ends it.
    static func linesEndingAfterNewline(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.unicodeScalars.startIndex
        for index in text.unicodeScalars.indices where text.unicodeScalars[index] == "\n" {
            let end = text.unicodeScalars.index(after: index)
            lines.append(Substring(text.unicodeScalars[start..<end]))
            start = end
        }
        if start < text.unicodeScalars.endIndex || lines.isEmpty {
            lines.append(Substring(text.unicodeScalars[start...]))
        }
        return lines
    }

    private static let escapes: [Unicode.Scalar: String] = [
        "\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\t": "\\t", "\r": "\\r",
        "\u{07}": "\\a", "\u{08}": "\\b", "\u{0B}": "\\v", "\u{0C}": "\\f",
    ]
}
