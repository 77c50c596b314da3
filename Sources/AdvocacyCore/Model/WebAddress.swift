import Foundation

/// A web address a reader can follow, such as a source's `url` or a partner's `website`:
/// `http` or `https`, with a host, parsed as a URL, and with none of the characters that let an
/// address end early where it is written into Markdown, HTML or a header (quotes, angle
/// brackets, backslashes, spaces, control characters).
public enum WebAddress {
    /// Characters an address written as text may not hold, though some parsers accept them.
    static let refused: Set<Unicode.Scalar> = ["\"", "'", "<", ">", "\\", "`", " "]

    /// Why `text` is not a web address readers can follow, as the end of a sentence that starts
    /// with the address ("is not …; write …"), or `nil` when it is one.
    public static func problem(with text: String) -> String? {
        if let violation = TextKind.line.violation(in: text) {
            return "holds \(violation.characterName), which no web address holds; remove it"
        }
        if let bad = text.unicodeScalars.first(where: { refused.contains($0) || $0.properties.isWhitespace }) {
            let shown = bad == " " ? "a space" : bad.isASCII ? "'\(bad)'" : "a blank"
            return "holds \(shown), which no web address holds; write it percent-encoded (\(percentEncoded(String(bad)))) or remove it"
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            return "is not a web address; write it in full, such as https://www.ilo.org/…"
        }
        guard scheme == "https" || scheme == "http" else {
            return "is a '\(scheme):' address; only http and https addresses can be linked, so write one starting with https://"
        }
        guard let host = components.host, !host.isEmpty else {
            return "names no host; write it in full, such as https://www.ilo.org/…"
        }
        return nil
    }

    /// The address with every byte outside printable ASCII, and every character that could end
    /// it early, percent-encoded: the same address, safe as a Markdown autolink or an HTML
    /// attribute, whatever got past validation.
    public static func percentEncoded(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.value > 0x20, scalar.value < 0x7F, !refused.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += String(format: "%%%02X", byte) }
            }
        }
        return result
    }
}
