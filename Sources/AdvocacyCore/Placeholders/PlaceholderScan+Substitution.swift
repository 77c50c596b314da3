extension PlaceholderScan {
    /// `text` with each value placeholder whose name `values` holds (`{{vars.organisation}}`,
    /// with or without blanks, two braces or three) replaced by its value; every other tag and
    /// broken brace stays as written. A text without `{{` is returned as it is, unscanned.
    public static func substituting(_ values: [String: String], in text: String) -> String {
        guard !values.isEmpty, mayHavePlaceholder(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        let scan = PlaceholderScan(scalars: scalars)
        var output = String.UnicodeScalarView()
        var start = 0
        for placeholder in scan.placeholders where placeholder.isValue {
            guard let value = values[placeholder.name] else { continue }
            output.append(contentsOf: scalars[start..<placeholder.range.lowerBound])
            output.append(contentsOf: value.unicodeScalars)
            start = placeholder.range.upperBound
        }
        output.append(contentsOf: scalars[start...])
        return String(output)
    }

    /// Whether `text` has a `{{`, found on its bytes: most texts have none.
    public static func mayHavePlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            for index in 1..<bytes.count where bytes[index] == UInt8(ascii: "{") && bytes[index - 1] == UInt8(ascii: "{") {
                return true
            }
            return false
        }
    }
}
