extension Campaign {
    /// Walks every localised text with its stable key (`title`, `demands.fair-price.body`…),
    /// letting `change` edit it: the one place the keys of texts are defined, and one pass
    /// however many texts change.
    public mutating func updateTexts(_ change: (_ key: String, _ text: inout LocalizedText) -> Void) {
        change("title", &title)
        change("summary", &summary)
        if context != nil { change("context", &context!) }
        for index in demands.indices {
            let id = demands[index].id.value
            change("demands.\(id).title", &demands[index].title)
            change("demands.\(id).body", &demands[index].body)
        }
        for index in audiences.indices {
            let id = audiences[index].id.value
            change("audiences.\(id).title", &audiences[index].title)
            if audiences[index].description != nil { change("audiences.\(id).description", &audiences[index].description!) }
        }
        for index in mailings.indices {
            let id = mailings[index].id.value
            change("mailings.\(id).subject", &mailings[index].subject)
            change("mailings.\(id).body", &mailings[index].body)
        }
    }

    /// Fills in the translations the records hold, and keeps the records. The records' text is
    /// used while the campaign holds no text or still the one it replaced; a campaign text
    /// changed since wins (a typo fixed in the campaign file works), with a warning at the
    /// record that is no longer used. A recorded text its key's ``TextKind`` does
    /// not allow (a line break in a title) is an error at the record, and is not used.
    mutating func apply(_ records: TranslationRecords) -> [Diagnostic] {
        translations = records
        var texts: [String: [(LanguageCode, TranslationRecords.Record)]] = [:]
        for (language, byKey) in records.records {
            for (key, record) in byKey where record.text != nil { texts[key, default: []].append((language, record)) }
        }
        guard !texts.isEmpty else { return [] }
        var problems: [Diagnostic] = []
        let fallbackLocation = id.location
        updateTexts { key, localized in
            for (language, record) in texts[key] ?? [] {
                let text = record.text!
                let location = record.location ?? fallbackLocation
                if let violation = localized.kind.violation(in: text) {
                    problems.append(.error(violation.message(for: "the recorded \(language.displayName) text of '\(key)'"), at: location))
                    continue
                }
                if let inline = localized.translations[language], inline.value != text, TextHash.of(inline.value) != record.replaces {
                    problems.append(.warning(
                        "the \(language.displayName) text of '\(key)' is written both in the campaign and in its translation records, and the campaign's was changed since; the campaign's text is used, so remove the records' one",
                        at: location, notes: [.init("the text written in the campaign", at: inline.location)]))
                    continue
                }
                localized.translations[language] = Located(text, at: location)
            }
        }
        return problems
    }
}
