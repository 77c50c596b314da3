import AdvocacyCore

/// The headings of a position paper in its language; English for languages without their own.
struct PaperLabels {
    let summary: String
    let context: String
    let demands: String
    let sources: String
    /// Introduces the sources a demand cites.
    let citedSources: String

    init(_ language: LanguageCode) {
        switch language.code {
        case "fr":
            self.init(summary: "Résumé", context: "Contexte", demands: "Nos revendications", sources: "Sources", citedSources: "Sources\u{A0}:")
        case "nl":
            self.init(summary: "Samenvatting", context: "Context", demands: "Onze eisen", sources: "Bronnen", citedSources: "Bronnen:")
        default:
            self.init(summary: "Summary", context: "Context", demands: "Our demands", sources: "Sources", citedSources: "Sources:")
        }
    }

    private init(summary: String, context: String, demands: String, sources: String, citedSources: String) {
        self.summary = summary
        self.context = context
        self.demands = demands
        self.sources = sources
        self.citedSources = citedSources
    }
}
