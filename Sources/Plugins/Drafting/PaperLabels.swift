import AdvocacyCore

/// The headings and marks of a position paper in its language; English for languages without
/// their own.
struct PaperLabels {
    let summary: String
    let context: String
    let demands: String
    let sources: String
    /// Introduces the sources a demand cites.
    let citedSources: String
    let contact: String
    /// Across a paper whose campaign is not approved yet.
    let draftMark: String
    /// Beside a text shown in another language because it is not translated yet.
    let notTranslated: String

    init(_ language: LanguageCode) {
        switch language.code {
        case "fr":
            self.init(
                summary: "Résumé", context: "Contexte", demands: "Nos revendications", sources: "Sources", citedSources: "Sources\u{A0}:",
                contact: "Contact", draftMark: "PROJET", notTranslated: "Texte non traduit")
        case "nl":
            self.init(
                summary: "Samenvatting", context: "Context", demands: "Onze eisen", sources: "Bronnen", citedSources: "Bronnen:",
                contact: "Contact", draftMark: "ONTWERP", notTranslated: "Nog niet vertaald")
        default:
            self.init(
                summary: "Summary", context: "Context", demands: "Our demands", sources: "Sources", citedSources: "Sources:",
                contact: "Contact", draftMark: "DRAFT", notTranslated: "Not yet translated")
        }
    }

    private init(
        summary: String, context: String, demands: String, sources: String, citedSources: String,
        contact: String, draftMark: String, notTranslated: String
    ) {
        self.summary = summary
        self.context = context
        self.demands = demands
        self.sources = sources
        self.citedSources = citedSources
        self.contact = contact
        self.draftMark = draftMark
        self.notTranslated = notTranslated
    }
}
