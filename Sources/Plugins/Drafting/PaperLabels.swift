import AdvocacyCore

/// The headings and marks of a position paper in its language: the campaign's `labels:` first
/// (``PaperSettings``), then ``PaperLabels/catalogue``, then English.
public struct PaperLabels {
    /// A fixed word a paper prints.
    public enum Key: String, CaseIterable, Sendable {
        case summary, context, demands, sources
        /// Introduces the sources a demand cites.
        case citedSources
        case contact
        /// Across a paper whose campaign is not approved yet.
        case draftMark
        /// Beside a text shown in another language because it is not translated yet.
        case notTranslated
        /// Beside a partner's text (address, contact, legal mentions) shown in another language,
        /// `{language}` standing for that language's name: "(in French)".
        case inLanguage

        /// What the label is, for the format reference.
        var help: String {
            switch self {
            case .summary: "The heading of the summary."
            case .context: "The heading of the context."
            case .demands: "The heading of the demands."
            case .sources: "The heading of the list of sources."
            case .citedSources: "What introduces the sources a demand cites."
            case .contact: "The heading of the contact."
            case .draftMark: "The mark across a paper whose campaign is not approved yet."
            case .notTranslated: "The note beside a text not translated yet."
            case .inLanguage: "The note beside a partner's text shown in another language; {language} stands for its name."
            }
        }
    }

    /// The language the labels fall back to.
    static let fallbackLanguage = "en"

    private let texts: [Key: String]
    /// The paper's language.
    let language: LanguageCode

    /// The labels of a paper in `language`, for `campaign`.
    init(_ language: LanguageCode, campaign: Campaign) {
        self.language = language
        let given = campaign.paperSettings.labels[language] ?? [:]
        let english = Self.catalogue[Self.fallbackLanguage]!
        texts = english.merging(Self.catalogue[language.code] ?? [:]) { $1 }.merging(given) { $1 }
    }

    /// The labels neither the catalogue nor `given` has in `language`, in the catalogue's order.
    static func missing(in language: LanguageCode, given: [Key: String]) -> [Key] {
        let known = Self.catalogue[language.code] ?? [:]
        return Key.allCases.filter { known[$0] == nil && given[$0] == nil }
    }

    /// The label `key` in the paper's language.
    subscript(_ key: Key) -> String { texts[key] ?? key.rawValue }

    var summary: String { self[.summary] }
    var context: String { self[.context] }
    var demands: String { self[.demands] }
    var sources: String { self[.sources] }
    var citedSources: String { self[.citedSources] }
    var contact: String { self[.contact] }
    var draftMark: String { self[.draftMark] }
    var notTranslated: String { self[.notTranslated] }

    /// The note beside a text shown in `other`, naming it as the paper's language names it.
    func inLanguage(_ other: LanguageCode) -> String {
        self[.inLanguage].replacingOccurrences(of: "{language}", with: PaperLanguageNames.name(of: other, in: language))
    }
}
