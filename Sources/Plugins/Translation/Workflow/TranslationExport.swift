public import AdvocacyCore

/// What a translator receives for one language: the texts that are new or stale (or all of
/// them), each with its context and, for a stale one, the source it was translated from.
public enum TranslationExport {
    /// The exchange document for `language`; every text when `all`, else only the missing and stale.
    public static func document(for campaign: Campaign, language: LanguageCode, all: Bool) -> ExchangeDocument {
        let status = TranslationStatus(campaign)
        let units = (status.entries[language] ?? []).compactMap { entry -> ExchangeUnit? in
            let state: ExchangeState
            switch entry.state {
            case .missing: state = .new
            case .stale:
                state = entry.previousSource.map { .needsReview(.stale(previousSource: $0)) } ?? .needsReview(.draft)
            case .machine: state = .needsReview(.draft)
            case .translated: state = .translated
            case .reviewed: state = .reviewed
            }
            guard all || entry.state == .missing || entry.state == .stale else { return nil }
            return ExchangeUnit(
                key: entry.key, source: entry.source, target: state == .new ? nil : entry.translation, state: state,
                note: note(for: entry, in: campaign, language: language))
        }
        return ExchangeDocument(campaign: campaign.id.value, sourceLanguage: campaign.sourceLanguage, targetLanguage: language, units: units)
    }

    /// Where the text is used, and the glossary terms it holds, for the translator.
    static func note(for entry: TranslationStatus.Entry, in campaign: Campaign, language: LanguageCode) -> String {
        let parts = entry.key.split(separator: ".").map(String.init)
        var note: String
        switch parts.count {
        case 3: note = "The \(parts[2]) of the \(parts[0].dropLast()) '\(parts[1])'"
        default: note = "The campaign's \(entry.key)"
        }
        note += " (\(entry.location))."
        let terms = campaign.glossary.filter { entry.source.contains($0.term.value) }
        if !terms.isEmpty {
            let rules = terms.map { term in
                let rendering = term.rendering(in: language)
                return rendering == term.term.value ? "keep '\(rendering)' as it is" : "'\(term.term.value)' is '\(rendering)'"
            }
            note += " Glossary: " + rules.joined(separator: "; ") + "."
        }
        return note
    }
}
