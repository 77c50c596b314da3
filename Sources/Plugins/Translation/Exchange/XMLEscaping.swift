/// How advocate writes text into XML.
enum XMLEscaping {
    /// Text for element content: `&`, `<`, `>` as entities, a carriage return as a reference so
    /// that it survives line-end normalisation. `nil` if it holds a character XML 1.0 cannot
    /// carry at all.
    static func text(_ text: String) -> String? {
        escaped(text, [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#xD;")])
    }

    /// Text for a double-quoted attribute value: also `"`, and tab and line ends as references,
    /// since a reader turns them into spaces.
    static func attribute(_ text: String) -> String? {
        escaped(text, [
            ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"),
            ("\r", "&#xD;"), ("\n", "&#xA;"), ("\t", "&#x9;"),
        ])
    }

    private static func escaped(_ text: String, _ replacements: [(Unicode.Scalar, String)]) -> String? {
        var result = ""
        for scalar in text.unicodeScalars {
            guard XMLCharacters.isAllowed(scalar) else { return nil }
            if let replacement = replacements.first(where: { $0.0 == scalar }) {
                result += replacement.1
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
