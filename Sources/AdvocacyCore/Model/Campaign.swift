/// A campaign as its team wrote it: what it demands, on what evidence, to whom, in which
/// languages. Every value keeps the place it was written, for diagnostics and `explain`.
public struct Campaign: Sendable {
    /// The file the campaign was read from.
    public var file: String
    /// The campaign's id: lowercase letters, digits and hyphens; equal to its file's name.
    public var id: Located<String>
    /// The campaign's title.
    public var title: LocalizedText
    /// The languages it speaks; the first is the source language.
    public var languages: [Located<LanguageCode>]
    /// The partner profile that speaks for it.
    public var partner: Located<String>?
    /// Where it is in its review workflow.
    public var status: Located<CampaignStatus>
    /// A paragraph or two of Markdown.
    public var summary: LocalizedText
    /// Background, in Markdown.
    public var context: LocalizedText?
    /// What the campaign asks for, in order.
    public var demands: [Demand]
    /// The evidence its demands cite.
    public var sources: [Source]
    /// Who it speaks to.
    public var audiences: [Audience]
    /// What it sends to them.
    public var mailings: [Mailing]
    /// The stages to run, when the campaign chooses them.
    public var pipeline: PipelineSpec?
    /// What the campaign says about itself as a template, when its own file declares one.
    public var template: TemplateDeclaration?
    /// The values texts use as `{{vars.name}}`, merged over every layer.
    public var vars: [String: Located<String>]
    /// Terms translated one fixed way, or never.
    public var glossary: [GlossaryTerm]
    /// For each language, the languages to take a missing text from, in order; the source
    /// language always comes last.
    public var fallbacks: [LanguageCode: [LanguageCode]]
    /// What may be sent to readers of a language whose texts are not all translated.
    public var translationPolicy: TranslationPolicy
    /// What is known of each translation: the source it was made from, and its state.
    public var translations = TranslationRecords()
    /// What stages decoded from the top-level keys they own, by type.
    public var stageData = StageData()
    /// The merged YAML the campaign was decoded from: every value with its history, for
    /// `explain` and for pointing at a value by its key.
    public var document: YAMLNode

    /// The language texts are written in first, and fall back to.
    public var sourceLanguage: LanguageCode { languages.first?.value ?? LanguageCode(unchecked: "und") }

    /// The languages a text missing in `language` is taken from, in order, ending with the
    /// source language.
    public func fallbackChain(for language: LanguageCode) -> [LanguageCode] {
        var chain = (fallbacks[language] ?? []).filter { $0 != language }
        if language != sourceLanguage, !chain.contains(sourceLanguage) { chain.append(sourceLanguage) }
        return chain
    }

    /// The text in `language`, or the first of its fallback chain that has one, with the
    /// language actually used.
    public func resolve(_ text: LocalizedText, in language: LanguageCode) -> (text: String, language: LanguageCode)? {
        text.resolved(in: language, fallbacks: fallbackChain(for: language))
    }

    /// Every localised text of the campaign with its stable key, such as
    /// `demands.fair-price.title`, in the order they are written (see ``updateTexts(_:)``).
    public var localizedTexts: [(key: String, text: LocalizedText)] {
        var texts: [(key: String, text: LocalizedText)] = []
        var walked = self
        walked.updateTexts { key, text in texts.append((key, text)) }
        return texts
    }
}

/// Where a campaign is in its review workflow.
public enum CampaignStatus: String, Sendable, CaseIterable {
    case draft, review, approved
}
