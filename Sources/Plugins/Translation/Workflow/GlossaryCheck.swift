public import AdvocacyCore

/// Finds translations that do not render a glossary term the fixed way.
public enum GlossaryCheck {
    /// One translation that misses a term.
    public struct Finding: Sendable, Encodable, Equatable {
        /// The language.
        public let language: String
        /// The text's key.
        public let key: String
        /// The term in the source.
        public let term: String
        /// How it should appear in the translation.
        public let expected: String
    }

    /// Every translation of `campaign` whose source holds a glossary term and which does not
    /// hold that term's rendering in its language. Runs of white space count as one space, so
    /// a term wrapped across two lines of Markdown is still found.
    public static func findings(in campaign: Campaign, status: TranslationStatus) -> [Finding] {
        guard !campaign.glossary.isEmpty else { return [] }
        var findings: [Finding] = []
        for language in status.entries.keys.sorted() {
            for entry in status.entries[language] ?? [] {
                guard let translation = entry.translation.map(spacesFolded) else { continue }
                let source = spacesFolded(entry.source)
                for term in campaign.glossary where source.contains(spacesFolded(term.term.value)) {
                    let expected = term.rendering(in: language)
                    if !translation.contains(spacesFolded(expected)) {
                        findings.append(Finding(language: language.code, key: entry.key, term: term.term.value, expected: expected))
                    }
                }
            }
        }
        return findings
    }

    private static func spacesFolded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
