import AdvocacyCore

/// The Markdown texts of a position paper, as the draft stage renders them and as messages
/// name them, and the check `validate` runs over them.
enum PaperTexts {
    /// How a message names the summary.
    static let summary = "the summary"
    /// How a message names the context.
    static let context = "the context"

    /// How a message names the body of the demand `id`.
    static func body(ofDemand id: String) -> String { "the body of demand '\(id)'" }

    /// The renderer papers are rendered with: the ``MarkdownLimits/paper`` limits, and images
    /// as `data:` addresses or files inside `project`.
    static func renderer(in project: Project) -> MarkdownRenderer {
        MarkdownRenderer(limits: .paper, images: MarkdownImages(filesIn: project))
    }

    /// An error at each text, in each language it is written in, that the draft stage would
    /// refuse to render: too large or complex, or with an image from outside the project.
    static func problems(in campaign: Campaign, project: Project) -> [Diagnostic] {
        var texts = [(summary, campaign.summary)] + campaign.demands.map { (body(ofDemand: $0.id.value), $0.body) }
        if let text = campaign.context { texts.append((context, text)) }
        let renderer = renderer(in: project)
        var diagnostics: [Diagnostic] = []
        for (field, text) in texts {
            for translation in text.translations.values {
                do {
                    try renderer.check(translation.value)
                } catch {
                    diagnostics.append(.error(refusal(field, error), at: translation.location))
                }
            }
        }
        return diagnostics
    }

    /// The message for a text the renderer refused.
    static func refusal(_ field: String, _ error: AdvocateError) -> String {
        "\(field) cannot be rendered: \(error.message)"
    }
}
