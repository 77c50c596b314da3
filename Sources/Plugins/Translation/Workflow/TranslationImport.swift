public import AdvocacyCore

/// Merges a translator's file back into a campaign's translation records: all of it, or,
/// when anything in it is wrong, nothing.
public struct TranslationImport {
    /// What an import changed.
    public struct Changes: Sendable, Equatable {
        /// Translations the campaign did not have.
        public var added: [String] = []
        /// Translations that replaced another.
        public var updated: [String] = []
        /// Translations identical to what the campaign has.
        public var unchanged = 0
        /// Units the translator left unfinished (new, fuzzy or initial).
        public var unfinished: [String] = []
    }

    /// The records after the import.
    public let records: TranslationRecords
    /// What changed.
    public let changes: Changes
    /// The language imported.
    public let language: LanguageCode

    /// Checks `reading` against `campaign` and applies it to `records` (the campaign's own);
    /// throws the problems, with the file's diagnostics, when anything is wrong, such as a
    /// source or translation holding what its text's ``TextKind`` does not allow.
    public init(_ reading: ExchangeReading, into campaign: Campaign, records: TranslationRecords) throws(AdvocateError) {
        var problems = reading.diagnostics
        guard let document = reading.document, !problems.hasErrors else {
            throw AdvocateError(.invalidInput, "nothing was imported", diagnostics: problems)
        }
        let declared = campaign.languages.map(\.value)
        if !declared.contains(document.targetLanguage) || document.targetLanguage == campaign.sourceLanguage {
            problems.append(.error(
                "campaign '\(campaign.id.value)' is not translated into \(document.targetLanguage.displayName); its languages are \(declared.map(\.code).joined(separator: ", "))",
                at: reading.locations.targetLanguage))
        }
        problems += reading.problems(importingInto: campaign.id.value, from: campaign.sourceLanguage, to: document.targetLanguage)
        let texts = Dictionary(campaign.localizedTexts.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
        for unit in document.units {
            let location = reading.locations.translations[unit.key] ?? reading.locations.campaign
            guard let text = texts[unit.key], text.translations[campaign.sourceLanguage] != nil else {
                problems.append(.error(
                    "campaign '\(campaign.id.value)' has no text '\(unit.key)'\(Self.suggestion(for: unit.key, among: Array(texts.keys)))",
                    at: location))
                continue
            }
            let written = [("source text", unit.source), ("\(document.targetLanguage.displayName) translation", unit.target ?? "")]
            for (what, value) in written {
                if let violation = text.kind.violation(in: value) {
                    problems.append(.error(violation.message(for: "the \(what) of '\(unit.key)'"), at: location))
                }
            }
        }
        guard !problems.hasErrors else {
            throw AdvocateError(.invalidInput, "nothing was imported", diagnostics: problems)
        }

        var records = records
        var changes = Changes()
        for unit in document.units {
            guard unit.state == .translated || unit.state == .reviewed, let target = unit.target, !target.isEmpty else {
                changes.unfinished.append(unit.key)
                continue
            }
            let origin: TranslationRecords.Origin = unit.state == .reviewed ? .reviewed : .translated
            let before = texts[unit.key]?.translations[document.targetLanguage]?.value
            let previousRecord = records.record(unit.key, in: document.targetLanguage)
            let inline = texts[unit.key]?.translations[document.targetLanguage].flatMap { previousRecord?.text == nil ? $0.value : nil }
            records.record(unit.key, in: document.targetLanguage, source: unit.source, origin: origin, text: target, replacing: inline)
            if before == nil {
                changes.added.append(unit.key)
            } else if before != target || previousRecord != records.record(unit.key, in: document.targetLanguage) {
                changes.updated.append(unit.key)
            } else {
                changes.unchanged += 1
            }
        }
        self.records = records
        self.changes = changes
        language = document.targetLanguage
    }

    private static func suggestion(for key: String, among keys: [String]) -> String {
        let close = keys.filter { $0.hasPrefix(key.split(separator: ".").prefix(2).joined(separator: ".")) }
        return close.isEmpty ? "" : " (it has: \(close.sorted().prefix(4).joined(separator: ", ")))"
    }
}
