/// How the placeholders of a translation differ from those of its source: a translation keeps
/// each placeholder of its source as often as the source uses it, in any order.
public struct PlaceholderDifference: Sendable, Equatable {
    /// In the translation more often than in the source, in the translation's order.
    public var added: [String]
    /// In the source more often than in the translation, in the source's order.
    public var dropped: [String]

    /// The difference, or `nil` when both texts use the same placeholders the same number of
    /// times. Their order may differ, as languages need.
    public init?(source: String, translation: String) {
        let inSource = PlaceholderScan(source).written, inTranslation = PlaceholderScan(translation).written
        added = Self.surplus(of: inTranslation, over: inSource)
        dropped = Self.surplus(of: inSource, over: inTranslation)
        if added.isEmpty, dropped.isEmpty { return nil }
    }

    /// A sentence for the importer, naming the text: what was added, what dropped, what to do.
    public func message(forKey key: String) -> String {
        var parts: [String] = []
        if !dropped.isEmpty { parts.append("drops \(dropped.joined(separator: ", "))") }
        if !added.isEmpty { parts.append("adds \(added.joined(separator: ", "))") }
        return "the translation of '\(key)' \(parts.joined(separator: " and ")); keep the placeholders of the source text as they are"
    }

    /// The tags of `tags` left over once each of `other` has taken away one of its kind.
    private static func surplus(of tags: [String], over other: [String]) -> [String] {
        var available = other.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        return tags.filter { tag in
            guard let count = available[tag], count > 0 else { return true }
            available[tag] = count - 1
            return false
        }
    }
}
