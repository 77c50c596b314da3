/// Where a campaign's values came from, layer by layer, for `advocate explain`.
public struct Provenance: Sendable {
    /// One value of the campaign and the layers that set it.
    public struct Entry: Sendable {
        /// The value's key, such as `demands.fair-price.body.fr`.
        public let key: String
        /// The value as text: a scalar exactly, a list or mapping summarised.
        public let value: String
        /// Where each layer set or changed it, the first layer first; the last is in force.
        public let locations: [SourceLocation]
        /// How the value was found when it is not written where the key says: the languages a
        /// missing text falls back through ("not written in Italian (it): it → en (fallback)").
        public var note: String? = nil
    }

    /// The campaign's merged document.
    let document: YAMLNode
    /// The language a plain-string text is written in.
    let sourceLanguage: LanguageCode
    /// For each language the campaign speaks, the languages a missing text is taken from.
    let fallbackChains: [LanguageCode: [LanguageCode]]

    /// The provenance of a loaded campaign's values.
    public init(_ campaign: Campaign) {
        document = campaign.document
        sourceLanguage = campaign.sourceLanguage
        fallbackChains = Dictionary(campaign.languages.map { ($0.value, campaign.fallbackChain(for: $0.value)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The node at `key`; `title.fr` also names a title written as a plain string when French
    /// is the source language.
    private func node(at key: String) -> YAMLNode? {
        if let node = KeyPath.node(at: key, in: document) { return node }
        let suffix = "." + sourceLanguage.code
        guard key.hasSuffix(suffix), let text = KeyPath.node(at: String(key.dropLast(suffix.count)), in: document),
              text.scalar != nil
        else { return nil }
        return text
    }

    /// The value at `key`, or the names that could follow the longest part of `key` that
    /// names something, to suggest.
    public func entry(at key: String) -> Result<Entry, KeyNotFound> {
        if node(at: key) == nil, let fallback = fallback(for: key) { return .success(fallback) }
        guard let node = node(at: key) else {
            var known = Substring(key)
            while let dot = known.lastIndex(of: "."), KeyPath.node(at: String(known[..<dot]), in: document) == nil {
                known = known[..<dot]
            }
            let parent = known.lastIndex(of: ".").map { String(known[..<$0]) } ?? ""
            let children = (parent.isEmpty ? document : KeyPath.node(at: parent, in: document)).map(KeyPath.children) ?? []
            return .failure(KeyNotFound(key: key, knownPrefix: parent, candidates: children))
        }
        return .success(Entry(key: key, value: Self.summary(of: node), locations: node.history + [node.location]))
    }

    /// A text the campaign speaks `key`'s language in but does not write (`title.it`): the
    /// text the build uses instead, from the first language of the chain that has one.
    private func fallback(for key: String) -> Entry? {
        guard let dot = key.lastIndex(of: "."),
              let language = fallbackChains.keys.first(where: { $0.code == key[key.index(after: dot)...] }),
              let chain = fallbackChains[language]
        else { return nil }
        var walked = [language.code]
        for candidate in chain {
            walked.append(candidate.code)
            guard let text = node(at: "\(key[..<dot]).\(candidate.code)"), text.scalar != nil else { continue }
            return Entry(
                key: key, value: Self.summary(of: text), locations: text.history + [text.location],
                note: "not written in \(language.displayName): \(walked.joined(separator: " → ")) (fallback)")
        }
        return nil
    }

    /// Every scalar value of the campaign with its history, in document order.
    public var entries: [Entry] {
        var entries: [Entry] = []
        func walk(_ node: YAMLNode, _ key: String) {
            switch node.content {
            case .scalar:
                entries.append(Entry(key: key, value: Self.summary(of: node), locations: node.history + [node.location]))
            case .sequence(let items):
                for (index, item) in items.enumerated() {
                    walk(item, key + "." + (item["id"]?.scalar?.text ?? String(index + 1)))
                }
            case .mapping(let mapping):
                for entry in mapping { walk(entry.value, key.isEmpty ? entry.key : key + "." + entry.key) }
            }
        }
        walk(document, "")
        return entries
    }

    /// The value as `explain` shows it: a scalar's text; a text in several languages or a list
    /// of plain values, each on its own line; a deeper value, the shape of it.
    private static func summary(of node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let scalar):
            return scalar.text
        case .sequence(let items):
            let texts = items.compactMap { $0.scalar?.text }
            guard texts.count == items.count, !texts.isEmpty else { return "a list of \(items.count)" }
            return texts.map { "- " + indented($0) }.joined(separator: "\n")
        case .mapping(let entries):
            let texts = entries.compactMap { entry in entry.value.scalar.map { (entry.key, $0.text) } }
            guard texts.count == entries.count, !texts.isEmpty else { return "keys: " + entries.map(\.key).joined(separator: ", ") }
            return texts.map { "\($0.0): " + indented($0.1) }.joined(separator: "\n")
        }
    }

    /// `text` with its lines after the first indented, to stand under a `key: ` or `- `.
    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    }
}

/// A key that names no value of the campaign.
public struct KeyNotFound: Error, Sendable {
    /// The key asked for.
    public let key: String
    /// The longest leading part of it that names a value ("" for the whole campaign).
    public let knownPrefix: String
    /// The names that can follow that part.
    public let candidates: [String]

    /// A sentence for the user, with a suggestion when one is close.
    public var message: String {
        let next = key.dropFirst(knownPrefix.isEmpty ? 0 : knownPrefix.count + 1).split(separator: ".").first.map(String.init) ?? key
        let place = knownPrefix.isEmpty ? "the campaign" : "'\(knownPrefix)'"
        return "\(place) has no '\(next)'\(Suggestion.clause(for: next, among: candidates)) (it has: \(candidates.prefix(12).joined(separator: ", ")))"
    }
}
