public import AdvocacyCore

extension StageDefinition {
    /// `draft`: one Markdown position paper per language, at `papers/<lang>/position-paper.md`.
    public static let draftPositionPapers = StageDefinition(
        name: "draft",
        summary: "Writes a position paper per language from the campaign's demands, arguments and sources.",
        options: [
            StageOption("list-sources", default: .bool(true), summary: "End the paper with the numbered list of sources."),
            StageOption("number-demands", default: .bool(true), summary: "Number the demands 1, 2, 3…"),
        ]
    ) { options in
        Stage(name: "draft", options: options) { context in
            for language in context.languages {
                let paper = PositionPaper(campaign: context.campaign, language: language)
                let markdown = paper.markdown(
                    listingSources: options.bool("list-sources"),
                    numberingDemands: options.bool("number-demands"))
                try context.write(markdown, to: "papers/\(language.code)/position-paper.md", language: language)
            }
        }
    }
}
