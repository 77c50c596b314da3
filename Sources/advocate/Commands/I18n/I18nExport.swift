import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser
import Foundation

/// `advocate i18n export CAMPAIGN --lang L --format po|xliff`: the texts a translator has to do.
struct I18nExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the missing and stale texts of a language as PO or XLIFF 2.0, for a translator.",
        discussion: "Examples:\n  advocate i18n export decent-work --lang nl --format po --all -o nl.po\n  advocate i18n export decent-work --lang en --format xliff --all"
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "The language to translate into.", completion: .languages)
    var lang: String

    @Option(help: "po or xliff.")
    var format: String

    @Flag(help: "Export every text, not only the missing and stale ones.")
    var all = false

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            guard let format = ExchangeFormat(rawValue: format) else {
                throw AdvocateError(.usage, "--format \(self.format): choose po or xliff")
            }
            let (_, campaign) = try options.loadValid(self.campaign)
            guard let language = LanguageCode(lang), campaign.languages.contains(where: { $0.value == language }),
                  language != campaign.sourceLanguage
            else {
                let targets = campaign.languages.map(\.value).filter { $0 != campaign.sourceLanguage }.map(\.code)
                throw AdvocateError(.usage, "--lang \(lang): campaign '\(campaign.id.value)' is translated into \(targets.joined(separator: ", "))")
            }
            let document = TranslationExport.document(for: campaign, language: language, all: all)
            guard !document.units.isEmpty else {
                Terminal.error("nothing to translate into \(language.displayName): every text is translated and up to date (--all exports them all)")
                return
            }
            let bytes = try format.write(document)
            if let output {
                do {
                    try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw AdvocateError(.cannotCreateOutput, "cannot write \(output): \(error.localizedDescription)")
                }
                Terminal.error("\(document.units.count) text\(document.units.count == 1 ? "" : "s") to translate into \(language.displayName) written to \(output)")
            } else {
                Terminal.write(bytes)
            }
        }
    }
}
