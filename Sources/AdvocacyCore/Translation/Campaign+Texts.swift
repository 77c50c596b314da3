extension Campaign {
    /// Changes the localised text with `key` (as in ``localizedTexts``); `false` when the
    /// campaign has no text with that key.
    @discardableResult
    public mutating func updateText(_ key: String, _ change: (inout LocalizedText) -> Void) -> Bool {
        let parts = key.split(separator: ".").map(String.init)
        switch (parts.first, parts.count) {
        case ("title", 1): change(&title)
        case ("summary", 1): change(&summary)
        case ("context", 1):
            guard context != nil else { return false }
            change(&context!)
        case ("demands", 3):
            guard let index = demands.firstIndex(where: { $0.id.value == parts[1] }) else { return false }
            switch parts[2] {
            case "title": change(&demands[index].title)
            case "body": change(&demands[index].body)
            default: return false
            }
        case ("audiences", 3):
            guard let index = audiences.firstIndex(where: { $0.id.value == parts[1] }) else { return false }
            switch parts[2] {
            case "title": change(&audiences[index].title)
            case "description" where audiences[index].description != nil: change(&audiences[index].description!)
            default: return false
            }
        case ("mailings", 3):
            guard let index = mailings.firstIndex(where: { $0.id.value == parts[1] }) else { return false }
            switch parts[2] {
            case "subject": change(&mailings[index].subject)
            case "body": change(&mailings[index].body)
            default: return false
            }
        default:
            return false
        }
        return true
    }

    /// The localised text with `key`, if the campaign has one.
    public func text(_ key: String) -> LocalizedText? {
        localizedTexts.first { $0.key == key }?.text
    }

    /// Fills in the translations the records hold, and keeps the records. The records' text is
    /// used; one that differs from the inline text it did not replace is a warning, since
    /// someone changed the campaign's text since.
    mutating func apply(_ records: TranslationRecords) -> [Diagnostic] {
        translations = records
        var warnings: [Diagnostic] = []
        for (language, byKey) in records.records {
            for (key, record) in byKey {
                guard let text = record.text else { continue }
                let location = record.location ?? id.location
                updateText(key) { localized in
                    if let inline = localized.translations[language], inline.value != text,
                       TextHash.of(inline.value) != record.replaces {
                        warnings.append(.warning(
                            "the \(language.displayName) text of '\(key)' is written both in the campaign and in its translation records; the records' text is used, so remove one",
                            at: location, notes: [.init("the text written in the campaign", at: inline.location)]))
                    }
                    localized.translations[language] = Located(text, at: location)
                }
            }
        }
        return warnings
    }
}
