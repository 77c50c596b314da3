public import AdvocacyCore

/// Which of the campaign's languages each contact gets: their own if the campaign has it, else
/// the first the campaign has of their language's fallbacks, then of the general fallbacks,
/// then the language of the source they came from. A contact whose export gives no language
/// goes straight to the source's language, then the general fallbacks. A bilingual contact
/// (`fr+nl`) the campaign speaks both languages of gets the first. A contact none of these
/// serves is left out of the list, and reported.
public struct LanguageRouting: Sendable {
    /// How a contact's language was chosen.
    public enum Route: UInt8, Hashable, Sendable {
        /// The contact's own language.
        case own
        /// A fallback of the contact's language, or a general one.
        case fallback
        /// The language of the contact's source.
        case source
    }

    /// The campaign's languages, in its order.
    public var languages: [LanguageCode]
    /// For a contact's language, the languages to try next, in order: `de: [nl, fr]`.
    public var fallbacks: [LanguageCode: [LanguageCode]]
    /// The languages to try for any contact whose own language and its fallbacks failed.
    public var generalFallbacks: [LanguageCode]

    /// A routing over `languages`.
    public init(languages: [LanguageCode], fallbacks: [LanguageCode: [LanguageCode]] = [:], generalFallbacks: [LanguageCode] = []) {
        self.languages = languages
        self.fallbacks = fallbacks
        self.generalFallbacks = generalFallbacks
    }

    /// The position in ``languages`` for a contact whose language is `own` (a code, or a value
    /// not recognised, or empty) from a source in `sourceLanguage`, and how it was chosen.
    func route(own: String, sourceLanguage: LanguageCode?) -> (language: Int, route: Route)? {
        func served(_ language: LanguageCode?) -> Int? { language.flatMap { languages.firstIndex(of: $0) } }
        let code = own.isEmpty ? nil : LanguageCode(own)
        if let index = served(code) { return (index, .own) }
        // A bilingual reader (`fr+nl`, a federal institution) is on the list in the first of
        // their languages when the campaign speaks both; a mailing writes them both texts.
        let parts = own.split(separator: "+").map { LanguageCode(String($0)) }
        if parts.count == 2, parts.allSatisfy({ served($0) != nil }), let index = served(parts[0]) { return (index, .own) }
        if !own.isEmpty {
            for fallback in (code.flatMap { fallbacks[$0] } ?? []) + generalFallbacks {
                if let index = served(fallback) { return (index, .fallback) }
            }
        }
        if let index = served(sourceLanguage) { return (index, .source) }
        if own.isEmpty {
            for fallback in generalFallbacks {
                if let index = served(fallback) { return (index, .fallback) }
            }
        }
        return nil
    }
}
