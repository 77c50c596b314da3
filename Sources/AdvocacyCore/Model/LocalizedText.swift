/// A text a reader sees, in each language it has been written in.
///
/// In YAML it is either a map from language code to text, or a plain string, which is the text
/// in the campaign's source language.
public struct LocalizedText: Sendable {
    /// The texts by language, each with where it was written.
    public var translations: [LanguageCode: Located<String>]
    /// What each of its texts may hold, in every language, wherever it comes from: one line
    /// (a title, a subject) or Markdown (a summary, a body).
    public var kind: TextKind
    /// Where the whole value starts.
    public var location: SourceLocation

    /// Creates a localised text.
    public init(_ translations: [LanguageCode: Located<String>], kind: TextKind, at location: SourceLocation) {
        self.translations = translations
        self.kind = kind
        self.location = location
    }

    /// The text in `language`, if written.
    public subscript(language: LanguageCode) -> String? {
        translations[language]?.value
    }

    /// The text in `language`, or else in the first of `fallbacks` that has one, with the
    /// language actually used.
    public func resolved(in language: LanguageCode, fallbacks: [LanguageCode]) -> (text: String, language: LanguageCode)? {
        for candidate in [language] + fallbacks {
            if let text = translations[candidate]?.value { return (text, candidate) }
        }
        return nil
    }
}
