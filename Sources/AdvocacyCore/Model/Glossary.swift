/// Terms a campaign translates one fixed way, or never: names such as Smart, SmartLabs or
/// Kronik, and the organisation's own vocabulary.
public struct GlossaryTerm: Sendable {
    /// The term in the source language.
    public var term: Located<String>
    /// Its fixed translation by language; a language without one keeps the term as it is.
    public var translations: [LanguageCode: Located<String>]

    /// How the term must appear in a text in `language`.
    public func rendering(in language: LanguageCode) -> String {
        translations[language]?.value ?? term.value
    }
}

/// What a campaign lets go out to readers of a language whose texts are not all translated.
public struct TranslationPolicy: Sendable {
    /// Kinds of text that may be sent even though no one has translated or reviewed them.
    public enum Allowance: String, Sendable, CaseIterable {
        /// A text with no translation, sent in a fallback language.
        case missing
        /// A translation made from an older version of the source text.
        case stale
        /// A machine translation no one has reviewed.
        case machine
    }

    /// What each language allows; by default nothing.
    public var allowances: [LanguageCode: Set<Allowance>]

    /// Whether texts of `kind` may go out in `language`.
    public func allows(_ kind: Allowance, in language: LanguageCode) -> Bool {
        allowances[language]?.contains(kind) ?? false
    }
}
