public import AdvocacyCore
import Foundation

extension StageDefinition {
    /// `translation-report`: writes `i18n/report.json`, per language the texts that fell back
    /// to another language and those the translation policy keeps from being sent, and warns
    /// about them.
    public static let translationReport = StageDefinition(
        name: "translation-report",
        summary: "Reports, per language, the texts that fell back to another language and those the translation policy would not send."
    ) {
        Stage(name: "translation-report") { context in
            let report = TranslationReport(context.campaign, languages: context.languages)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try context.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n", to: "i18n/report.json")
            for (language, entry) in report.languages.sorted(by: { $0.key < $1.key }) where !entry.blocked.isEmpty {
                context.warnings.append(.warning(
                    "\(entry.blocked.count) \(language) text\(entry.blocked.count == 1 ? "" : "s") may not be sent under the translation policy (\(entry.blockedSummary)); see i18n/report.json",
                    at: context.campaign.id.location))
            }
        }
    }
}

/// What `translation-report` writes.
struct TranslationReport: Encodable {
    struct Language: Encodable {
        struct Fallback: Encodable {
            let key: String
            let usedLanguage: String
        }

        struct Blocked: Encodable {
            let key: String
            let reason: String
        }

        let fallbacks: [Fallback]
        let blocked: [Blocked]

        var blockedSummary: String {
            Dictionary(grouping: blocked, by: \.reason).sorted { $0.key < $1.key }.map { "\($0.value.count) \($0.key)" }.joined(separator: ", ")
        }
    }

    let campaign: String
    let languages: [String: Language]

    init(_ campaign: Campaign, languages: [LanguageCode]) {
        let status = TranslationStatus(campaign)
        let texts = Dictionary(campaign.localizedTexts.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
        var result: [String: Language] = [:]
        for language in languages where language != campaign.sourceLanguage {
            let entries = status.entries[language] ?? []
            let fallbacks = entries.filter { $0.state == .missing }.compactMap { entry in
                texts[entry.key].flatMap { campaign.resolve($0, in: language) }.map { Language.Fallback(key: entry.key, usedLanguage: $0.language.code) }
            }
            let blocked = entries.compactMap { entry -> Language.Blocked? in
                let allowance: TranslationPolicy.Allowance? = switch entry.state {
                case .missing: .missing
                case .stale: .stale
                case .machine: .machine
                case .translated, .reviewed: nil
                }
                guard let allowance, !campaign.translationPolicy.allows(allowance, in: language) else { return nil }
                return Language.Blocked(key: entry.key, reason: allowance.rawValue)
            }
            result[language.code] = Language(fallbacks: fallbacks, blocked: blocked)
        }
        self.campaign = campaign.id.value
        self.languages = result
    }
}
