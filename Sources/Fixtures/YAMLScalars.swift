/// The ways one text can be written as a YAML scalar, and the quoting and escaping each needs.
enum YAMLScalars {
    /// Whether `text` reads back unchanged when written plain (unquoted). In a flow collection
    /// (`[…]`, `{…}`) the flow indicators are refused too.
    static func isPlain(_ text: String, inFlow: Bool) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last,
              !indicators.contains(first), first != space, last != space, last != colon
        else { return false }
        var previous = first
        for byte in bytes.dropFirst() {
            // `: ` would start a mapping value and ` #` a comment; line breaks are not ours to fold.
            if byte == newline || (previous == colon && byte == space) || (previous == space && byte == hash) { return false }
            if inFlow, flowIndicators.contains(byte) { return false }
            previous = byte
        }
        return true
    }

    /// `text` in single quotes, where the only escape is a doubled quote.
    static func singleQuoted(_ text: String) -> String {
        "'" + (text.utf8.contains(quote) ? text.replacing("'", with: "''") : text) + "'"
    }

    /// `text` in double quotes, with `\"`, `\\` and `\n` escaped; `escapingNonASCII` also writes
    /// every other character as `\u00e9` or `\U0001f4e3`, and a non-breaking space as `\_`.
    static func doubleQuoted(_ text: String, escapingNonASCII: Bool) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\u{A0}" where escapingNonASCII: quoted += "\\_"
            case _ where escapingNonASCII && !scalar.isASCII:
                let hex = String(scalar.value, radix: 16)
                quoted += scalar.value > 0xFFFF ? "\\U" + padded(hex, to: 8) : "\\u" + padded(hex, to: 4)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    private static func padded(_ hex: String, to width: Int) -> String {
        String(repeating: "0", count: width - hex.count) + hex
    }

    /// Characters that cannot start a plain scalar.
    private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
    private static let flowIndicators = Set(",[]{}".utf8)
    private static let space = UInt8(ascii: " ")
    private static let colon = UInt8(ascii: ":")
    private static let hash = UInt8(ascii: "#")
    private static let newline = UInt8(ascii: "\n")
    private static let quote = UInt8(ascii: "'")
}
