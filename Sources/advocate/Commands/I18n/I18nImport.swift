import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser
import Foundation

/// `advocate i18n import FILE`: merge a translator's PO or XLIFF file back, all or nothing.
struct I18nImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a translated PO or XLIFF file into its campaign's translations, all or nothing.",
        discussion: "Examples:\n  advocate i18n import nl.po --lang nl"
    )

    @OptionGroup var options: CampaignOptions

    @Argument(help: "The translated file (.po, .xlf or .xliff).", completion: .file(extensions: ["po", "xlf", "xliff"]))
    var file: String

    @Option(help: "The language the file is a translation into; its header must say the same.", completion: .languages)
    var lang: String?

    func run() async throws {
        try await reportingFailures {
            let ext = URL(fileURLWithPath: file).pathExtension
            guard let format = ExchangeFormat(fileExtension: ext) else {
                throw AdvocateError(.usage, "'\(file)' is neither a PO (.po) nor an XLIFF (.xlf, .xliff) file")
            }
            let bytes = try InputFile.read(file, what: "the translated file")
            let reading = format.read(bytes, file: file)
            let sources = [file: SourceText(bytes: bytes)]
            guard let document = reading.document else {
                throw failure(AdvocateError(.invalidInput, "nothing was imported", diagnostics: reading.diagnostics), sources: sources)
            }
            let campaignFile: String
            do {
                campaignFile = try options.project.campaignFile(for: document.campaign)
            } catch {
                let unknown = Diagnostic.error("there is no campaign '\(document.campaign)' in this project to import into", at: reading.locations.campaign)
                throw failure(AdvocateError(.invalidInput, "nothing was imported", diagnostics: [unknown]), sources: sources)
            }
            let (loaded, campaign) = try options.loadValid(campaignFile)
            if let mismatch = try languageMismatch(of: document, at: reading.locations.targetLanguage, in: campaign) {
                throw failure(AdvocateError(.invalidInput, "nothing was imported", diagnostics: [mismatch]), sources: sources)
            }
            let imported: TranslationImport
            do {
                imported = try TranslationImport(reading, into: campaign, records: loaded.ownTranslationRecords)
            } catch let error as AdvocateError {
                throw failure(error, sources: sources)
            }
            let refused = refusals(of: imported, from: document, at: reading.locations.translations, in: campaign, loaded: loaded)
            if refused.hasErrors {
                throw failure(AdvocateError(.invalidInput, "nothing was imported", diagnostics: refused), sources: sources)
            }
            try imported.records.write(besideCampaignFile: loaded.file, campaign: campaign.id.value)
            var report = DiagnosticReport()
            report.print(imported.warnings, sources: sources)
            let changes = imported.changes
            let outdated = changes.outdated.isEmpty ? "" : ", \(changes.outdated.count) not applied"
            Terminal.output("\(campaign.id.value) \(imported.language.code): \(changes.added.count) added, \(changes.updated.count) updated, \(changes.unchanged) unchanged, \(changes.unfinished.count) left unfinished\(outdated)")
            for key in changes.added { Terminal.output("  added    \(key)") }
            for key in changes.updated { Terminal.output("  updated  \(key)") }
            Terminal.output("written to \(TranslationRecords.file(forCampaignFile: loaded.file))")
        }
    }

    /// The file's language header against the language it is imported as: `--lang` when given,
    /// else the language its name says (`nl.po`, `sample-nl.xlf`) when that is one of the
    /// campaign's; a Dutch file whose header says English would replace the English texts.
    private func languageMismatch(of document: ExchangeDocument, at header: SourceLocation, in campaign: Campaign) throws(AdvocateError) -> Diagnostic? {
        let said = "\(document.targetLanguage.displayName)"
        if let lang {
            guard let language = LanguageCode(lang) else {
                throw AdvocateError(.usage, "--lang \(lang) is not a language code such as nl or pt-BR")
            }
            guard language != document.targetLanguage else { return nil }
            return .error("the header says this file is a translation into \(said), but it is imported as \(language.displayName) (--lang \(lang)); fix the Language header or --lang", at: header)
        }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let named = name.split(whereSeparator: { ".-_".contains($0) }).last.flatMap { LanguageCode(String($0)) }
        guard let named, named != document.targetLanguage, campaign.languages.contains(where: { $0.value == named }) else { return nil }
        return .error("the header says this file is a translation into \(said), but its name says \(named.displayName); fix the Language header, or give the language with --lang", at: header)
    }

    /// What the campaign's stages would refuse in the imported texts (an image from outside the
    /// project, Markdown too complex to print), at their lines in the imported file: refused
    /// before anything is written, so an import never leaves the project failing `validate`.
    private func refusals(
        of imported: TranslationImport, from document: ExchangeDocument, at locations: [String: SourceLocation],
        in campaign: Campaign, loaded: LoadedCampaign
    ) -> [Diagnostic] {
        let changed = Set(imported.changes.added + imported.changes.updated)
        let texts = Dictionary(document.units.compactMap { unit in unit.target.map { (unit.key, $0) } }, uniquingKeysWith: { first, _ in first })
        var updated = campaign
        updated.updateTexts { key, text in
            guard changed.contains(key), let target = texts[key], let location = locations[key] else { return }
            text.translations[imported.language] = Located(target, at: location)
        }
        let input = StageCheckInput(campaign: updated, partner: loaded.partner, project: options.project)
        return loaded.stages.flatMap { $0.problems(in: input) }.filter { $0.location.file == file }
    }

    /// Prints the error's diagnostics against the imported file, and returns it to throw.
    private func failure(_ error: AdvocateError, sources: [String: SourceText]) -> AdvocateError {
        var report = DiagnosticReport()
        report.print(error.diagnostics, sources: sources)
        return error
    }
}
