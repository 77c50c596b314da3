/// The fixed words of a paper in every language advocate ships, keyed by language code.
/// Each language gives every ``PaperLabels/Key``; a test checks that none is missing.
extension PaperLabels {
    static let catalogue: [String: [Key: String]] = [
        "fr": [
            .summary: "Résumé", .context: "Contexte", .demands: "Nos revendications", .sources: "Sources",
            .citedSources: "Sources\u{A0}:", .contact: "Contact", .draftMark: "PROJET",
            .notTranslated: "Texte non traduit", .inLanguage: "(en {language})",
        ],
        "nl": [
            .summary: "Samenvatting", .context: "Context", .demands: "Onze eisen", .sources: "Bronnen",
            .citedSources: "Bronnen:", .contact: "Contact", .draftMark: "ONTWERP",
            .notTranslated: "Nog niet vertaald", .inLanguage: "(in het {language})",
        ],
        "en": [
            .summary: "Summary", .context: "Context", .demands: "Our demands", .sources: "Sources",
            .citedSources: "Sources:", .contact: "Contact", .draftMark: "DRAFT",
            .notTranslated: "Not yet translated", .inLanguage: "(in {language})",
        ],
        "de": [
            .summary: "Zusammenfassung", .context: "Hintergrund", .demands: "Unsere Forderungen", .sources: "Quellen",
            .citedSources: "Quellen:", .contact: "Kontakt", .draftMark: "ENTWURF",
            .notTranslated: "Noch nicht übersetzt", .inLanguage: "(auf {language})",
        ],
        "es": [
            .summary: "Resumen", .context: "Contexto", .demands: "Nuestras reivindicaciones", .sources: "Fuentes",
            .citedSources: "Fuentes:", .contact: "Contacto", .draftMark: "BORRADOR",
            .notTranslated: "Texto aún no traducido", .inLanguage: "(en {language})",
        ],
        "it": [
            .summary: "Sintesi", .context: "Contesto", .demands: "Le nostre richieste", .sources: "Fonti",
            .citedSources: "Fonti:", .contact: "Contatti", .draftMark: "BOZZA",
            .notTranslated: "Testo non ancora tradotto", .inLanguage: "(in {language})",
        ],
        "pt": [
            .summary: "Resumo", .context: "Contexto", .demands: "As nossas reivindicações", .sources: "Fontes",
            .citedSources: "Fontes:", .contact: "Contacto", .draftMark: "RASCUNHO",
            .notTranslated: "Texto ainda não traduzido", .inLanguage: "(em {language})",
        ],
    ]
}
