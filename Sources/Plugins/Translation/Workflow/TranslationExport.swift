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
        return ExchangeDocument(
            campaign: campaign.id.value, sourceLanguage: campaign.sourceLanguage, targetLanguage: language, units: units,
            placeholderValues: campaign.placeholderValues)
    }

    /// Every text of the campaign, untranslated, for a gettext template (POT) that `msgmerge`
    /// merges into each language's PO file. Its target language is the source language: a
    /// template is for no language in particular, and the POT writer leaves it empty.
    public static func template(for campaign: Campaign) -> ExchangeDocument {
        let status = TranslationStatus(campaign)
        let entries = status.entries.sorted { $0.key.code < $1.key.code }.first?.value ?? []
        let units = entries.map { entry in
            ExchangeUnit(key: entry.key, source: entry.source, state: .new, note: note(for: entry, in: campaign, language: nil))
        }
        return ExchangeDocument(campaign: campaign.id.value, sourceLanguage: campaign.sourceLanguage, targetLanguage: campaign.sourceLanguage, units: units)
    }

    /// Where the text is used, the placeholders it holds and what they stand for, and the
    /// glossary terms it holds (in `language`, when there is one), for the translator.
    static func note(for entry: TranslationStatus.Entry, in campaign: Campaign, language: LanguageCode?) -> String {
        let parts = entry.key.split(separator: ".").map(String.init)
        var note: String
        switch parts.count {
        case 3: note = "The \(parts[2]) of the \(parts[0].dropLast()) '\(parts[1])'"
        default: note = "The campaign's \(entry.key)"
        }
        note += " (\(entry.location))."
        let terms = campaign.glossary.filter { entry.source.contains($0.term.value) }
        if let language, !terms.isEmpty {
            let rules = terms.map { term in
                let rendering = term.rendering(in: language)
                return rendering == term.term.value ? "keep '\(rendering)' as it is" : "'\(term.term.value)' is '\(rendering)'"
            }
            note += " Glossary: " + rules.joined(separator: "; ") + "."
        }
        for placeholder in Set(PlaceholderScan(entry.source).written).sorted() {
            note += "\n" + placeholderNote(placeholder, in: campaign)
        }
        return note
    }

    /// One line on a placeholder: keep it, and what the build puts in its place.
    private static func placeholderNote(_ written: String, in campaign: Campaign) -> String {
        let name = PlaceholderScan(written).placeholders.first?.name ?? written
        if name.hasPrefix("vars."), let value = campaign.vars[String(name.dropFirst("vars.".count))]?.value, !value.isEmpty {
            return "\(written) stands for the campaign's \(name), now \"\(value)\"; keep it as written."
        }
        return "\(written) is filled in when the text is used; keep it as written."
    }
}
