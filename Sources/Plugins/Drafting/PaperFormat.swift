public import AdvocacyCore

extension FormatExtension {
    /// The keys the draft stage owns: the date a campaign's papers carry, and the labels it
    /// gives in place of the catalogue's (``PaperSettings``); a paper in a language whose labels
    /// no one gives is a warning.
    public static let paper = FormatExtension(
        keys: [
            "campaign": [
                FormatField("date", .day, help: "The day the papers carry, printed the way each language writes dates.", example: "2026-11-29"),
                FormatField("labels", .languageMap(.section("paper labels")), help: "For each language, the fixed words of the paper (headings, draft mark…) in place of advocate's.", example: "{ it: { demands: Le nostre proposte } }"),
            ]
        ],
        sections: [paperLabels],
        readers: ["campaign": readPaperSettings],
        check: checkPaperLabels)

    /// A language's entry in `labels:`.
    static let paperLabels = FormatSection(
        "paper labels", help: "The fixed words of a paper in one language.",
        fields: PaperLabels.Key.allCases.map { key in
            FormatField(key.rawValue, .text(.line), help: key.help, example: "\"\(PaperLabels.catalogue["en"]?[key] ?? "")\"")
        })

    @Sendable static func readPaperSettings(_ decoder: inout NodeDecoder, _ fields: Fields, _ data: inout StageData) {
        var settings = PaperSettings()
        if let node = decoder.value("date", in: fields), let text = decoder.text(node, what: "the date") {
            if let date = PaperDate(text.value) {
                settings.date = Located(date, at: text.location)
            } else {
                decoder.error("'\(text.value)' is not a date; write the day as 2026-11-29", at: text.location)
            }
        }
        if let node = decoder.value("labels", in: fields),
           let languages = decoder.fields(of: node, owner: "'labels'", allowed: decoder.declaredLanguages.map(\.code)) {
            for entry in languages.entries {
                guard let language = LanguageCode(entry.key),
                      let labels = decoder.fields(of: entry.value, owner: "the labels in \(language.displayName)", section: "paper labels")
                else { continue }
                settings.labelLocations[language] = entry.keyLocation
                for label in labels.entries {
                    guard let key = PaperLabels.Key(rawValue: label.key),
                          let text = decoder.text(label.value, what: "the label '\(label.key)'")
                    else { continue }
                    settings.labels[language, default: [:]][key] = text.value
                }
            }
        }
        data[PaperSettings.self] = settings
    }

    /// A warning for each language the campaign speaks whose labels neither the catalogue nor
    /// the campaign gives, naming the labels printed in English instead.
    @Sendable static func checkPaperLabels(_ check: inout CampaignCheck) {
        let settings = check.campaign.paperSettings
        for language in check.campaign.languages {
            let missing = PaperLabels.missing(in: language.value, given: settings.labels[language.value] ?? [:])
            guard !missing.isEmpty else { continue }
            let names = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            check.report(.warning(
                "advocate has no paper labels in \(language.value.displayName); \(names) will be printed in English: give them under 'labels: { \(language.value.code): … }'",
                at: settings.labelLocations[language.value] ?? language.location))
        }
    }
}
