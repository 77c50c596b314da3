extension String {
    /// The string with ASCII letters lowercased and nothing else changed, as CSS and HTML
    /// compare names.
    var lowercasedASCII: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 >= "A" && $0 <= "Z" ? Unicode.Scalar($0.value + 32)! : $0 }))
    }

    /// The string without leading and trailing ASCII blanks (space, tab, line ends, form feed).
    func trimmingASCIIWhitespace() -> String {
        let blanks: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0C}"]
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !blanks.contains($0) }), let last = scalars.lastIndex(where: { !blanks.contains($0) }) else {
            return ""
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
