public import AdvocacyCore

/// What reading an exchange file gave: the document when the file is sound, every problem
/// found, and where the file says what, for the checks its importer makes.
public struct ExchangeReading: Sendable {
    /// The document, or `nil` when any error was found, so that nothing from a faulty file is
    /// merged.
    public var document: ExchangeDocument?
    /// Every problem found, in file order; at most ``maximumProblems``.
    public var diagnostics: [Diagnostic]
    /// Where the file names its campaign and languages, and where each translation is.
    public var locations: ExchangeLocations

    /// After this many problems in one file, reading stops: the file is not worth more.
    public static let maximumProblems = 50

    /// Creates a reading; the document is dropped when the diagnostics hold an error.
    init(document: ExchangeDocument?, diagnostics: [Diagnostic], locations: ExchangeLocations) {
        self.document = diagnostics.hasErrors ? nil : document
        self.diagnostics = diagnostics
        self.locations = locations
    }
}

/// Where an exchange file names its campaign and languages, and where each translation is;
/// what a file does not say falls back to its first line.
public struct ExchangeLocations: Sendable, Equatable {
    /// The campaign's id: `Project-Id-Version` in PO, `<file id>` in XLIFF.
    public var campaign: SourceLocation
    /// The source language: `X-Source-Language` in PO, `srcLang` in XLIFF.
    public var sourceLanguage: SourceLocation
    /// The target language: `Language` in PO, `trgLang` in XLIFF.
    public var targetLanguage: SourceLocation
    /// Where each unit's translation is (`msgstr`, `<target>`, or the unit when it has none),
    /// by key.
    public var translations: [String: SourceLocation]
    /// Where each character of each unit's translation is, by key, for pointing at a broken
    /// placeholder.
    public var translationTexts: [String: ExchangeTextPlace]

    /// Every location at the start of `file`, until the reader finds better.
    init(file: String) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        campaign = start
        sourceLanguage = start
        targetLanguage = start
        translations = [:]
        translationTexts = [:]
    }
}
