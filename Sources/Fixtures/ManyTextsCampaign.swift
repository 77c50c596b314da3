/// A campaign with a given number of short translatable texts in French, Dutch and English,
/// as a large real campaign has them: demands with a one-line title and a two-sentence body.
/// For the `i18n status` benchmark.
public enum ManyTextsCampaign {
    /// The campaign `many`, with at least `texts` texts (two per demand, plus title and summary).
    public static func yaml(texts: Int) -> String {
        var lines = [
            "id: many",
            "title: { fr: Travail décent, nl: Waardig werk, en: Decent work }",
            "languages: [fr, nl, en]",
            "partner: smart-be",
            "status: draft",
            "summary: { fr: Un résumé., nl: Een samenvatting., en: A summary. }",
            "demands:",
        ]
        let bodies = [
            ("fr", "Les travailleuses et travailleurs autonomes méritent une protection sociale complète et un juste prix."),
            ("nl", "Zelfstandige werkers verdienen een volledige sociale bescherming en een eerlijke prijs."),
            ("en", "Independent workers deserve full social protection and a fair price for their work."),
        ]
        for number in 0..<max(1, (texts - 1) / 2) {
            lines.append("  - id: demand-\(number)")
            lines.append("    title: { fr: Revendication \(number) pour un travail décent, nl: Eis \(number) voor waardig werk, en: Demand \(number) for decent work }")
            lines.append("    body:")
            for (language, sentence) in bodies {
                lines.append("      \(language): |\n        \(sentence) (\(number))\n        \(sentence)")
            }
            lines.append("    sources: [source-\(number % 50)]")
        }
        lines.append("sources:")
        for number in 0..<50 {
            lines.append("  - { id: source-\(number), title: Source \(number), publisher: Council of the European Union, year: 2019 }")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
