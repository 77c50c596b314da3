/// The Mustache tags in a text, in order, each as written but with the blanks inside its
/// braces dropped: `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{vars.x}}`, sections `{{#x}}`,
/// `{{^x}}` and `{{/x}}`, partials `{{>x}}`. Comments (`{{! … }}`) are not placeholders.
/// `{{name}}` and `{{{name}}}` differ: the second inserts its value unescaped.
public func placeholders(in text: String) -> [String] {
    var found: [String] = []
    var rest = text[...]
    while let open = rest.range(of: "{{") {
        let isTriple = rest[open.upperBound...].hasPrefix("{")
        let closing = isTriple ? "}}}" : "}}"
        let nameStart = isTriple ? rest.index(after: open.upperBound) : open.upperBound
        guard let close = rest[nameStart...].range(of: closing) else { break }
        let inside = rest[nameStart..<close.lowerBound].filter { !$0.isWhitespace }
        if !inside.hasPrefix("!") {
            found.append(isTriple ? "{{{\(inside)}}}" : "{{\(inside)}}")
        }
        rest = rest[close.upperBound...]
    }
    return found
}

/// How the placeholders of a translation differ from those of its source, each counted once.
public struct PlaceholderDifference: Sendable, Equatable {
    /// In the translation but not in the source, in the translation's order.
    public var added: [String]
    /// In the source but not in the translation, in the source's order.
    public var dropped: [String]

    /// The difference, or `nil` when both texts use the same placeholders. How often each is
    /// used and in which order may differ, as languages need.
    public init?(source: String, translation: String) {
        let inSource = placeholders(in: source), inTranslation = placeholders(in: translation)
        added = Self.distinct(inTranslation.filter { !inSource.contains($0) })
        dropped = Self.distinct(inSource.filter { !inTranslation.contains($0) })
        if added.isEmpty, dropped.isEmpty { return nil }
    }

    /// A sentence for the importer, naming the text: what was added, what dropped, what to do.
    public func message(forKey key: String) -> String {
        var parts: [String] = []
        if !dropped.isEmpty { parts.append("drops \(dropped.joined(separator: ", "))") }
        if !added.isEmpty { parts.append("adds \(added.joined(separator: ", "))") }
        return "the translation of '\(key)' \(parts.joined(separator: " and ")); keep the placeholders of the source text as they are"
    }

    private static func distinct(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.filter { seen.insert($0).inserted }
    }
}
