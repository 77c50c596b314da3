/// Checks what a campaign means once it is decoded: ids unique, references resolved, the id
/// matching the file, every text present in every language; then each registered stage's
/// checks of the keys it owns.
enum CampaignValidator {
    /// Runs every check and returns what they found.
    static func validate(
        _ campaign: Campaign, removals: [String: SourceLocation] = [:], project: Project, format: FormatDeclaration
    ) -> [Diagnostic] {
        var check = CampaignCheck(campaign: campaign, removals: removals, project: project)
        check.checkFileName()
        check.checkUnique(campaign.demands.map(\.id), kind: "demand")
        check.checkUnique(campaign.sources.map(\.id), kind: "source")
        check.checkUnique(campaign.audiences.map(\.id), kind: "audience")
        check.checkUnique(campaign.mailings.map(\.id), kind: "mailing")
        for stageCheck in format.checks { stageCheck(&check) }
        check.checkReferences()
        check.checkTranslations()
        check.checkPlaceholders()
        check.checkLengths()
        return check.diagnostics
    }
}

extension CampaignCheck {
    fileprivate mutating func checkFileName() {
        let expected = CampaignFile.id(ofPath: campaign.file)
        let id = campaign.id
        guard !id.value.isEmpty, id.value != expected else { return }
        report(.error(
            "the campaign id '\(id.value)' differs from its file name '\(expected)'; rename one so that 'advocate build \(id.value)' finds it",
            at: id.location))
    }

    fileprivate mutating func checkReferences() {
        let sourceIDs = Set(campaign.sources.map(\.id.value))
        for demand in campaign.demands {
            for cited in demand.sources where !sourceIDs.contains(cited.value) {
                reportDangling(
                    "demand '\(demand.id.value)' cites the source '\(cited.value)'", list: "sources", id: cited.value, known: sourceIDs, at: cited.location)
            }
        }
        let audienceIDs = Set(campaign.audiences.map(\.id.value))
        for mailing in campaign.mailings where !mailing.audience.value.isEmpty && !audienceIDs.contains(mailing.audience.value) {
            reportDangling(
                "mailing '\(mailing.id.value)' goes to the audience '\(mailing.audience.value)'", list: "audiences", id: mailing.audience.value,
                known: audienceIDs, at: mailing.audience.location)
        }
    }

    /// A text missing in a declared language is a warning: outputs fall back to the source
    /// language meanwhile. `--strict` makes it an error.
    fileprivate mutating func checkTranslations() {
        let languages = campaign.languages.map(\.value)
        for (key, text) in campaign.localizedTexts where !text.translations.isEmpty {
            let missing = languages.filter { text.translations[$0] == nil }
            guard !missing.isEmpty else { continue }
            let names = missing.map(\.displayName).joined(separator: ", ")
            report(.warning(
                "'\(key)' has no text in \(names); readers in \(missing.count == 1 ? "that language" : "those languages") will see the \(campaign.sourceLanguage.displayName) text",
                at: text.location))
        }
    }

    /// Titles and subjects fit on one line's worth of characters (``TextLimits``), in every
    /// language, whether written in the campaign or in its translation records.
    fileprivate mutating func checkLengths() {
        for (key, text) in campaign.localizedTexts where text.kind == .line {
            // Texts over the limit for any text were reported where they were decoded.
            for (language, translation) in text.translations.sorted(by: { $0.key.code < $1.key.code }) where translation.value.utf8.count <= TextLimits.text {
                guard let excess = TextLimits.excess(of: translation.value, kind: .line) else { continue }
                report(.error("the \(language.displayName) text of '\(key)' is \(excess)", at: translation.location))
            }
        }
    }
}
