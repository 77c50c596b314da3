extension CampaignCheck {
    /// Each translation written in the campaign (or its records) uses exactly the placeholders
    /// of the source language's text, each as often, so that no language loses or invents
    /// a value the papers and mails fill in. Broken braces are reported where the texts are
    /// loaded (`PlaceholderCheck`); a text with some is left out here.
    mutating func checkPlaceholders() {
        let source = campaign.sourceLanguage
        for (key, text) in campaign.localizedTexts {
            guard let original = text.translations[source] else { continue }
            let expected = PlaceholderScan(original.value)
            guard expected.problems.isEmpty else { continue }
            for (language, translation) in text.translations.sorted(by: { $0.key.code < $1.key.code }) where language != source {
                let scan = PlaceholderScan(translation.value)
                guard scan.problems.isEmpty else { continue }
                guard let difference = PlaceholderDifference(source: original.value, translation: translation.value) else { continue }
                var parts: [String] = []
                if !difference.dropped.isEmpty { parts.append("drops \(difference.dropped.joined(separator: ", "))") }
                if !difference.added.isEmpty { parts.append("adds \(difference.added.joined(separator: ", "))") }
                report(.error(
                    "the \(language.displayName) text of '\(key)' \(parts.joined(separator: " and ")) of the \(source.displayName) text; keep its placeholders as they are",
                    at: translation.location, notes: [.init("the \(source.displayName) text is here", at: original.location)]))
            }
        }
    }
}
