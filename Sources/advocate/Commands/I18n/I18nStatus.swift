import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser

/// `advocate i18n status CAMPAIGN`: per language, how many texts are in each state, and which
/// need work.
struct I18nStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Per language: texts missing, stale, machine-translated, translated and reviewed, and the keys that need work.",
        discussion: "Examples:\n  advocate i18n status decent-work\n  advocate i18n status decent-work --json"
    )

    @OptionGroup var options: CampaignOptions

    @Flag(help: "Print the status as JSON.")
    var json = false

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let (_, campaign) = try options.loadValid(self.campaign)
            let status = TranslationStatus(campaign)
            let glossary = GlossaryCheck.findings(in: campaign, status: status)
            let languages = campaign.languages.map(\.value).filter { $0 != campaign.sourceLanguage }
            if json {
                try JSONOutput.print(Report(campaign: campaign, status: status, languages: languages, glossary: glossary))
                return
            }
            Terminal.output("\(campaign.id.value): written in \(campaign.sourceLanguage.displayName)")
            for language in languages {
                let counts = status.counts(in: language)
                let total = status.entries[language]?.count ?? 0
                let summary = TranslationStatus.State.allCases.reversed().map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
                Terminal.output("\(language.code): \(total) texts: \(summary)")
                for entry in status.entries[language] ?? [] where entry.state.needsWork {
                    Terminal.output("  \(entry.state.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(entry.key)")
                }
            }
            for finding in glossary {
                Terminal.output("glossary: \(finding.language) \(finding.key): '\(finding.term)' should appear as '\(finding.expected)'")
            }
        }
    }

    struct Report: Encodable {
        struct Language: Encodable {
            let counts: [String: Int]
            let needsWork: [Item]
        }

        struct Item: Encodable {
            let key: String
            let state: String
        }

        let campaign: String
        let sourceLanguage: String
        let languages: [String: Language]
        let glossary: [GlossaryCheck.Finding]

        init(campaign: Campaign, status: TranslationStatus, languages: [LanguageCode], glossary: [GlossaryCheck.Finding]) {
            self.campaign = campaign.id.value
            sourceLanguage = campaign.sourceLanguage.code
            self.languages = Dictionary(uniqueKeysWithValues: languages.map { language in
                let counts = status.counts(in: language)
                return (language.code, Language(
                    counts: Dictionary(uniqueKeysWithValues: TranslationStatus.State.allCases.map { ($0.rawValue, counts[$0] ?? 0) }),
                    needsWork: (status.entries[language] ?? []).filter(\.state.needsWork).map { Item(key: $0.key, state: $0.state.rawValue) }))
            })
            self.glossary = glossary
        }
    }
}
