public import AdvocacyCore

extension FormatExtension {
    /// The keys the draft stage owns: the date a campaign's papers carry, and the labels a
    /// campaign or a partner profile gives in place of the catalogue's (``PaperSettings``). A
    /// paper in a language whose labels no one gives is a warning (``DraftCheck``).
    public static let paper = FormatExtension(
        keys: [
            "campaign": [
                FormatField("date", .day, help: "The day the papers carry, printed the way each language writes dates.", example: "2026-11-29"),
                FormatField("labels", .languageMap(.section("paper labels")), help: "For each language, the fixed words of the paper (headings, draft mark…) in place of the partner's and advocate's.", example: "{ it: { demands: Le nostre proposte } }"),
            ],
            "partner profile": [
                FormatField("labels", .languageMap(.section("paper labels")), help: "For each language, the fixed words of its papers (headings, draft mark…) in place of advocate's; a campaign's own still win.", example: "{ it: { demands: Le nostre proposte } }"),
            ],
        ],
        sections: [paperLabels],
        readers: ["campaign": readPaperSettings, "partner profile": readPartnerPaperSettings])

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
        readLabels(&decoder, fields, into: &settings)
        data[PaperSettings.self] = settings
    }

    /// A partner profile's `labels:`.
    @Sendable static func readPartnerPaperSettings(_ decoder: inout NodeDecoder, _ fields: Fields, _ data: inout StageData) {
        var settings = PaperSettings()
        readLabels(&decoder, fields, into: &settings)
        data[PaperSettings.self] = settings
    }

    /// The `labels:` of a campaign or partner profile, by language it declares.
    private static func readLabels(_ decoder: inout NodeDecoder, _ fields: Fields, into settings: inout PaperSettings) {
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
    }

}
