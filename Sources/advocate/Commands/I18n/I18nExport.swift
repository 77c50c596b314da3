import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser
import Foundation

/// `advocate i18n export CAMPAIGN --lang L --format po|xliff`: the texts a translator has to do;
/// `--format pot`: a template of every text, for `msgmerge`.
struct I18nExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the missing and stale texts of a language as PO or XLIFF 2.0, for a translator.",
        discussion: "--format pot writes every text untranslated, a gettext template for msgmerge; it takes no --lang."
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "The language to translate into (not with --format pot).")
    var lang: String?

    @Option(help: "po, xliff or pot.")
    var format: String

    @Flag(help: "Export every text, not only the missing and stale ones.")
    var all = false

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Argument(help: "A campaign file or id.")
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let isTemplate = format == "pot"
            guard let format = isTemplate ? .po : ExchangeFormat(rawValue: format) else {
                throw AdvocateError(.usage, "--format \(self.format): choose po, xliff or pot")
            }
            let (_, campaign) = try options.loadValid(self.campaign)
            let document: ExchangeDocument
            switch (isTemplate, lang) {
            case (true, nil):
                document = TranslationExport.template(for: campaign)
            case (true, let lang?):
                throw AdvocateError(.usage, "--lang \(lang): a template (--format pot) is for every language; leave --lang out and run msgmerge for each")
            case (false, nil):
                throw AdvocateError(.usage, "--lang is needed with --format \(format.rawValue): name the language to translate into")
            case (false, let lang?):
                guard let language = LanguageCode(lang), campaign.languages.contains(where: { $0.value == language }),
                      language != campaign.sourceLanguage
                else {
                    let targets = campaign.languages.map(\.value).filter { $0 != campaign.sourceLanguage }.map(\.code)
                    throw AdvocateError(.usage, "--lang \(lang): campaign '\(campaign.id.value)' is translated into \(targets.joined(separator: ", "))")
                }
                document = TranslationExport.document(for: campaign, language: language, all: all)
            }
            let language = document.targetLanguage
            guard !document.units.isEmpty else {
                Terminal.error("nothing to translate into \(language.displayName): every text is translated and up to date (--all exports them all)")
                return
            }
            let bytes = isTemplate ? try ExchangeFormat.gettextTemplate(document) : try format.write(document)
            if let output {
                do {
                    try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw AdvocateError(.cannotCreateOutput, "cannot write \(output): \(error.localizedDescription)")
                }
                let texts = "\(document.units.count) text\(document.units.count == 1 ? "" : "s")"
                Terminal.error(isTemplate
                    ? "a template of \(texts) written to \(output)"
                    : "\(texts) to translate into \(language.displayName) written to \(output)")
            } else {
                Terminal.write(bytes)
            }
        }
    }
}
