public import AdvocacyCore

extension StageDefinition {
    /// `translate`: fills in texts missing in the languages being built, from a provider:
    /// `memory` (the translations the campaign has, nothing new), `pseudo` (pseudo-localised
    /// text, to test layouts), or `command` (an engine behind a program; docs/translation.md).
    /// What a provider makes is machine translation: not sent before someone reviews it.
    public static let translate = StageDefinition(
        name: "translate",
        summary: "Fills in missing translations from a provider: memory, pseudo-localisation, or an engine behind a command.",
        options: TranslateOptions.self
    ) { options in
        Stage(name: "translate", options: options) { context in
            switch options.provider {
            case .pseudo: TranslationProviders.pseudo(&context)
            case .command: try await TranslationProviders.command(options.command, timeout: options.timeout, &context)
            case .memory: TranslationProviders.memory(&context)
            }
        }
    }
}

/// The providers of the `translate` stage.
enum TranslationProviders {
    /// Nothing new: a warning per language for the texts still missing.
    static func memory(_ context: inout BuildContext) {
        let status = TranslationStatus(context.campaign)
        for language in context.languages {
            let missing = (status.entries[language] ?? []).filter { $0.state == .missing }.map(\.key)
            guard !missing.isEmpty else { continue }
            context.warnings.append(.warning(
                "\(missing.count) text\(missing.count == 1 ? " has" : "s have") no \(language.displayName) translation yet: \(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? ", …" : "")",
                at: context.campaign.id.location))
        }
    }

    /// Every text of every language being built, pseudo-localised, for this build only.
    static func pseudo(_ context: inout BuildContext) {
        let source = context.campaign.sourceLanguage
        var machine: [String: [LanguageCode: (text: String, source: String)]] = [:]
        for (key, text) in context.campaign.localizedTexts {
            guard let original = text.translations[source]?.value else { continue }
            let pseudo = PseudoLocalizer.localize(original)
            for language in context.languages where language != source { machine[key, default: [:]][language] = (pseudo, original) }
        }
        fill(machine, context: &context)
    }

    /// The missing texts of each language being built, from the engine behind `command` (which
    /// the options' validation makes sure is given); recorded as machine translations beside
    /// the campaign, so the engine is asked once.
    static func command(_ command: Command, timeout: Int, _ context: inout BuildContext) async throws {
        let hook = TranslationHook(command: command.words, timeout: timeout, projectRoot: context.projectRoot)
        let status = TranslationStatus(context.campaign)
        let source = context.campaign.sourceLanguage
        var machine: [String: [LanguageCode: (text: String, source: String)]] = [:]
        for language in context.languages where language != source {
            let missing = (status.entries[language] ?? []).filter { $0.state == .missing }
            guard !missing.isEmpty else { continue }
            let answers = try await hook.translate(
                missing.map { TranslationHook.Text(key: $0.key, text: $0.source) }, from: source, to: language, glossary: context.campaign.glossary)
            for entry in missing {
                guard let translation = answers[entry.key], !translation.isEmpty else { continue }
                if let violation = entry.kind.violation(in: translation) {
                    throw AdvocateError(.unavailable, """
                        the engine's \(language.displayName) translation of '\(entry.key)' holds \(violation.characterName) \(violation.place), \
                        but \(violation.rule), so nothing was written; fix the engine, or translate the text with 'advocate i18n import'
                        """)
                }
                if let excess = TextLimits.excess(of: translation, kind: entry.kind) {
                    let message = "the engine's \(language.displayName) translation of '\(entry.key)' is \(excess); nothing was translated"
                    throw AdvocateError(.invalidInput, message, diagnostics: [.error(message, at: entry.location)])
                }
                guard PlaceholderDifference(source: entry.source, translation: translation) == nil else {
                    context.warnings.append(.warning(
                        "the engine's \(language.displayName) translation of '\(entry.key)' changes its placeholders, so it is not used",
                        at: entry.location))
                    continue
                }
                machine[entry.key, default: [:]][language] = (translation, entry.source)
                context.ownTranslationRecords.record(entry.key, in: language, source: entry.source, origin: .machine, text: translation)
            }
        }
        fill(machine, context: &context)
        try context.ownTranslationRecords.write(besideCampaignFile: context.campaignFile, campaign: context.campaign.id.value)
    }

    /// Puts machine translations, by key and language, into the build's campaign in one pass,
    /// and records them there as machine output.
    private static func fill(_ machine: [String: [LanguageCode: (text: String, source: String)]], context: inout BuildContext) {
        guard !machine.isEmpty else { return }
        context.campaign.updateTexts { key, localized in
            for (language, translation) in machine[key] ?? [:] {
                localized.translations[language] = Located(translation.text, at: localized.location)
            }
        }
        for (key, byLanguage) in machine {
            for (language, translation) in byLanguage {
                context.campaign.translations.record(key, in: language, source: translation.source, origin: .machine, text: translation.text)
            }
        }
    }
}
