public import AdvocacyCore

/// Marks translations as reviewed against the current source text.
public enum TranslationReview {
    /// The records with the given texts of `language` marked reviewed: the machine
    /// translations, or the texts named by `keys`, or, with `all`, every translated text.
    /// Returns the keys it marked. A missing translation cannot be reviewed.
    public static func review(
        _ campaign: Campaign, language: LanguageCode, keys: [String], all: Bool, records: inout TranslationRecords
    ) throws(AdvocateError) -> [String] {
        let status = TranslationStatus(campaign)
        let entries = status.entries[language] ?? []
        let known = Set(entries.map(\.key))
        if let unknown = keys.first(where: { !known.contains($0) }) {
            throw AdvocateError(.usage, "campaign '\(campaign.id.value)' has no text '\(unknown)'")
        }
        var marked: [String] = []
        for entry in entries {
            let chosen = keys.isEmpty ? (all ? entry.state != .reviewed : entry.state == .machine) : keys.contains(entry.key)
            guard chosen else { continue }
            guard entry.state != .missing else {
                throw AdvocateError(.invalidInput, "'\(entry.key)' has no \(language.displayName) translation to review")
            }
            let text = campaign.translations.record(entry.key, in: language)?.text
            records.record(entry.key, in: language, source: entry.source, origin: .reviewed, text: text)
            marked.append(entry.key)
        }
        return marked
    }
}
