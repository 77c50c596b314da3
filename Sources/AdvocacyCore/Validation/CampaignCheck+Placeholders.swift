extension CampaignCheck {
    /// Each translation written in the campaign (or its records) uses exactly the placeholders
    /// of the source language's text, each as often, so that no language loses or invents
    /// a value the papers and mails fill in. Broken braces in the campaign's files are reported
    /// where the texts are loaded (`PlaceholderCheck`), with their column; those of a text from
    /// the translation records here, at the text.
    mutating func checkPlaceholders() {
        let source = campaign.sourceLanguage
        var campaignFiles: Set<String> = []
        Self.collectFiles(of: campaign.document, into: &campaignFiles)
        for (key, text) in campaign.localizedTexts {
            guard let original = text.translations[source] else { continue }
            let expected = PlaceholderScan(original.value)
            for (language, translation) in text.translations.sorted(by: { $0.key.code < $1.key.code }) where language != source {
                let scan = PlaceholderScan(translation.value)
                if !campaignFiles.contains(translation.location.file) {
                    for problem in scan.problems {
                        report(.error("the \(language.displayName) text of '\(key)': \(problem.message)", at: translation.location))
                    }
                }
                guard expected.problems.isEmpty, scan.problems.isEmpty else { continue }
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

    /// The files the values of `node` were written in.
    private static func collectFiles(of node: YAMLNode, into files: inout Set<String>) {
        files.insert(node.location.file)
        switch node.content {
        case .scalar: break
        case .sequence(let items): for item in items { collectFiles(of: item, into: &files) }
        case .mapping(let entries): for entry in entries { collectFiles(of: entry.value, into: &files) }
        }
    }
}
