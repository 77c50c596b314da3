public import AdvocacyCore

/// The texts of one campaign sent to, or returned by, the translators of one language.
public struct ExchangeDocument: Sendable, Equatable {
    /// The campaign's id.
    public var campaign: String
    /// The language the campaign is written in.
    public var sourceLanguage: LanguageCode
    /// The language the texts are translated into.
    public var targetLanguage: LanguageCode
    /// The texts, in the order they are presented to the translator; keys are unique.
    public var units: [ExchangeUnit]
    /// What the placeholders stand for, by name (`vars.organisation`: "Smart"), shown to the
    /// translator; a file read back has none.
    public var placeholderValues: [String: String]

    /// Creates a document.
    public init(
        campaign: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode, units: [ExchangeUnit],
        placeholderValues: [String: String] = [:]
    ) {
        self.campaign = campaign
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
        self.placeholderValues = placeholderValues
    }
}
