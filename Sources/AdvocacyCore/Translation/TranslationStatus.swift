/// Where each text of a campaign stands in each of its languages.
public struct TranslationStatus: Sendable {
    /// The state of one text in one language.
    public enum State: String, Sendable, CaseIterable, Comparable {
        /// No translation.
        case missing
        /// Made from an older version of the source text.
        case stale
        /// Machine translation no one has reviewed.
        case machine
        /// Translated, not yet reviewed (or written inline with no record).
        case translated
        /// Checked by someone against the current source.
        case reviewed

        /// Whether a translator or reviewer has something to do.
        public var needsWork: Bool { self == .missing || self == .stale || self == .machine }

        public static func < (lhs: State, rhs: State) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One text in one language.
    public struct Entry: Sendable {
        /// The text's key, such as `demands.fair-price.title`.
        public let key: String
        /// Its state.
        public let state: State
        /// What it may hold, in every language: one line, or several.
        public let kind: TextKind
        /// The current source text.
        public let source: String
        /// The translation, if any.
        public let translation: String?
        /// For a stale translation, the source text it was made from, when recorded.
        public let previousSource: String?
        /// Where the source text is written, for context.
        public let location: SourceLocation
    }

    /// Every text of every language but the source language, in campaign order.
    public let entries: [LanguageCode: [Entry]]

    /// The status of `campaign`'s texts.
    public init(_ campaign: Campaign) {
        let source = campaign.sourceLanguage
        var entries: [LanguageCode: [Entry]] = [:]
        let texts = campaign.localizedTexts.compactMap { key, text in text.translations[source].map { (key, text, $0) } }
        for language in campaign.languages.map(\.value) where language != source {
            entries[language] = texts.map { key, text, sourceText in
                let translation = text.translations[language]?.value
                let record = campaign.translations.record(key, in: language)
                let state: State
                var previous: String?
                if translation == nil {
                    state = .missing
                } else if let record, record.sourceHash != TextHash.of(sourceText.value) {
                    state = .stale
                    previous = campaign.translations.sources[key]?[record.sourceHash]
                } else {
                    switch record?.origin {
                    case .machine: state = .machine
                    case .reviewed: state = .reviewed
                    case .translated, nil: state = .translated
                    }
                }
                return Entry(key: key, state: state, kind: text.kind, source: sourceText.value, translation: translation, previousSource: previous, location: sourceText.location)
            }
        }
        self.entries = entries
    }

    /// How many texts of `language` are in each state.
    public func counts(in language: LanguageCode) -> [State: Int] {
        Dictionary(grouping: entries[language] ?? [], by: \.state).mapValues(\.count)
    }
}
