public import AdvocacyCore

/// Merges a translator's file back into a campaign's translation records: all of it, or,
/// when anything in it is wrong, nothing.
public struct TranslationImport {
    /// What an import changed.
    public struct Changes: Sendable, Equatable {
        /// Translations the campaign did not have.
        public var added: [String] = []
        /// Translations that replaced another, or whose state or source changed.
        public var updated: [String] = []
        /// Translations identical to what the campaign has, in the same state: nothing is
        /// recorded for them.
        public var unchanged = 0
        /// Units the translator left unfinished (new, fuzzy or initial).
        public var unfinished: [String] = []
        /// Translations not applied because their source is not the campaign's current one.
        public var outdated: [String] = []
    }

    /// The records after the import.
    public let records: TranslationRecords
    /// What changed.
    public let changes: Changes
    /// The language imported.
    public let language: LanguageCode
    /// What the import noticed without refusing the file, such as a translation of a source
    /// the campaign no longer has.
    public let warnings: [Diagnostic]

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
        let unknown = document.units.filter { texts[$0.key]?.translations[campaign.sourceLanguage] == nil }
        let neighbours = Self.neighbours(of: texts.keys)
        for unit in unknown.prefix(ExchangeReading.maximumProblems) {
            let close = neighbours[Self.group(of: unit.key)].map { " (it has: \($0.joined(separator: ", ")))" } ?? ""
            problems.append(.error(
                "campaign '\(campaign.id.value)' has no text '\(unit.key)'\(close)",
                at: reading.locations.translations[unit.key] ?? reading.locations.campaign))
        }
        if unknown.count > ExchangeReading.maximumProblems, let next = unknown.dropFirst(ExchangeReading.maximumProblems).first {
            problems.append(.error(
                "… and \(unknown.count - ExchangeReading.maximumProblems) more texts campaign '\(campaign.id.value)' does not have; is this file for another campaign?",
                at: reading.locations.translations[next.key] ?? reading.locations.campaign))
        }
        for unit in document.units {
            guard let text = texts[unit.key], text.translations[campaign.sourceLanguage] != nil else { continue }
            let location = reading.locations.translations[unit.key] ?? reading.locations.campaign
            let written = [("source text", unit.source), ("\(document.targetLanguage.displayName) translation", unit.target ?? "")]
            for (what, value) in written {
                if let violation = text.kind.violation(in: value) {
                    problems.append(.error(violation.message(for: "the \(what) of '\(unit.key)'"), at: location))
                }
            }
            if let target = unit.target, let excess = TextLimits.excess(of: target, kind: text.kind) {
                problems.append(.error("the translation of '\(unit.key)' is \(excess)", at: location))
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
            guard unit.source == texts[unit.key]?.translations[campaign.sourceLanguage]?.value else {
                problems.append(.warning(
                    "the source text of '\(unit.key)' in this file is not the campaign's: it was edited, or the campaign changed since the export; export again",
                    at: reading.locations.translations[unit.key] ?? reading.locations.campaign))
                changes.outdated.append(unit.key)
                continue
            }
            let origin: TranslationRecords.Origin = unit.state == .reviewed ? .reviewed : .translated
            let before = texts[unit.key]?.translations[document.targetLanguage]?.value
            let previousRecord = records.record(unit.key, in: document.targetLanguage)
            if before == target {
                // The campaign already uses this text: only its state and source may change, and
                // the text stays where it is written, so a fix in the campaign file still works.
                // A file that cannot say `reviewed` (PO) brings a reviewed text back as translated:
                // unchanged, against the same source, it stays reviewed.
                let sourceHash = TextHash.of(unit.source)
                let stillReviewed = previousRecord.map { $0.origin == .reviewed && $0.sourceHash == sourceHash } ?? false
                let kept: TranslationRecords.Origin = origin == .translated && stillReviewed ? .reviewed : origin
                let same = previousRecord.map { $0.origin == kept && $0.sourceHash == sourceHash } ?? (kept == .translated)
                if same {
                    changes.unchanged += 1
                } else {
                    records.record(unit.key, in: document.targetLanguage, source: unit.source, origin: kept, text: previousRecord?.text)
                    changes.updated.append(unit.key)
                }
                continue
            }
            // The campaign's text, when it is the one in use (no record's text, or one changed
            // since the record): the import replaces it, and is newer.
            let inline = texts[unit.key]?.translations[document.targetLanguage].flatMap { $0.value == previousRecord?.text ? nil : $0.value }
            records.record(unit.key, in: document.targetLanguage, source: unit.source, origin: origin, text: target, replacing: inline)
            if before == nil {
                changes.added.append(unit.key)
            } else {
                changes.updated.append(unit.key)
            }
        }
        self.records = records
        self.changes = changes
        language = document.targetLanguage
        warnings = problems
    }

    /// The first keys, in order, of each group of keys (`demands.fair-price` for
    /// `demands.fair-price.title`): what a key the campaign lacks is shown beside. Made once, so
    /// that an import with many unknown keys costs one pass over the campaign's keys.
    private static func neighbours(of keys: some Collection<String>) -> [String: [String]] {
        var groups: [String: [String]] = [:]
        for key in keys.sorted() {
            let group = group(of: key)
            if groups[group, default: []].count < 4 { groups[group, default: []].append(key) }
        }
        return groups
    }

    /// A key's first two parts.
    private static func group(of key: String) -> String {
        key.split(separator: ".", omittingEmptySubsequences: false).prefix(2).joined(separator: ".")
    }
}
