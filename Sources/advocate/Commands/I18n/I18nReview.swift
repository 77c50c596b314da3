import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser

/// `advocate i18n review CAMPAIGN --lang L [KEY…]`: mark translations as reviewed.
struct I18nReview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Mark translations reviewed against the current source: the machine translations, the KEYs given, or --all.",
        discussion: "Reviewed translations may be mailed; a translation whose source changes after its review becomes stale.\n\nExamples:\n  advocate i18n review decent-work --lang nl\n  advocate i18n review decent-work --lang nl --all"
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "The language whose translations were reviewed.", completion: .languages)
    var lang: String

    @Flag(help: "Mark every translated text of the language reviewed.")
    var all = false

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    @Argument(help: "The keys of the texts reviewed (default: every machine translation).")
    var keys: [String] = []

    func run() async throws {
        try await reportingFailures {
            let (loaded, campaign) = try options.loadValid(self.campaign)
            guard let language = LanguageCode(lang), campaign.languages.contains(where: { $0.value == language }) else {
                throw AdvocateError(.usage, "--lang \(lang): campaign '\(campaign.id.value)' is not translated into '\(lang)'")
            }
            var records = loaded.ownTranslationRecords
            let marked = try TranslationReview.review(campaign, language: language, keys: keys, all: all, records: &records)
            guard !marked.isEmpty else {
                Terminal.error("nothing to mark: no \(language.displayName) text \(all ? "is unreviewed" : "is a machine translation")")
                return
            }
            try records.write(besideCampaignFile: loaded.file, campaign: campaign.id.value)
            Terminal.output("\(campaign.id.value) \(language.code): \(marked.count) marked reviewed")
        }
    }
}
