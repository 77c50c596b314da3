/// A human text of a partner profile (its name, address, legal mentions, a sender's or
/// contact's name): one text for every language, or a text per language.
///
/// In YAML it is a plain string, the text in every language, or a map from language code to
/// text, like a campaign's texts; a language missing from the map falls back through the
/// campaign's chain and the partner's languages, and says so (``Resolved/fallsBack``).
public struct PartnerText: Sendable {
    /// The text written as a plain string, which every language uses.
    public var everyLanguage: Located<String>?
    /// The texts written by language; empty when the text is written as a plain string.
    public var byLanguage: LocalizedText

    /// A text for every language.
    public init(everyLanguage text: Located<String>, kind: TextKind) {
        everyLanguage = text
        byLanguage = LocalizedText([:], kind: kind, at: text.location)
    }

    /// A text per language.
    public init(byLanguage texts: LocalizedText) {
        everyLanguage = nil
        byLanguage = texts
    }

    /// Where the value starts.
    public var location: SourceLocation { everyLanguage?.location ?? byLanguage.location }

    /// Every text written, with the language it is in (`nil` for the text of every language),
    /// in language order.
    public var texts: [(language: LanguageCode?, text: Located<String>)] {
        if let everyLanguage { return [(nil, everyLanguage)] }
        return byLanguage.translations.sorted { $0.key.code < $1.key.code }.map { ($0.key, $0.value) }
    }

    /// The text in `language`, else in the first of `fallbacks` that has one.
    public func resolved(in language: LanguageCode, fallbacks: [LanguageCode]) -> Resolved? {
        if let everyLanguage {
            return Resolved(text: everyLanguage.value, language: language, location: everyLanguage.location, fallsBack: false)
        }
        for candidate in [language] + fallbacks {
            if let text = byLanguage.translations[candidate] {
                return Resolved(text: text.value, language: candidate, location: text.location, fallsBack: candidate != language)
            }
        }
        return nil
    }

    /// A partner text as one language shows it.
    public struct Resolved: Sendable, Equatable {
        /// The text.
        public var text: String
        /// The language the text is in: the one asked for, unless it falls back.
        public var language: LanguageCode
        /// Where it is written in the profile.
        public var location: SourceLocation
        /// Whether the text is in another language than the one asked for, which a reader
        /// should be told (a `lang` attribute, a "(in French)" note).
        public var fallsBack: Bool

        /// The text's lines, without trailing blanks: an address one line per line.
        public var lines: [String] {
            text.split(whereSeparator: \.isNewline).map { String($0.reversed().drop(while: \.isWhitespace).reversed()) }.filter { !$0.isEmpty }
        }
    }
}
