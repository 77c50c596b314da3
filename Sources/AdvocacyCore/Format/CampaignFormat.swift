/// The campaign format, declared once: every mapping a campaign file may hold, with its keys,
/// their types, whether they are required, a sentence of help and an example. The loader
/// decodes through it (allowed keys, "did you mean", required-field checks), and the JSON
/// Schema and the format reference are to be generated from it. Stages add the keys they own
/// with a ``FormatExtension``; ``FormatDeclaration`` merges them.
public enum CampaignFormat {
    /// Every section the core declares, the campaign itself first.
    public static let sections: [FormatSection] = [
        campaign, demand, source, audience, mailing, pipelineStage, template, templateVariable,
        glossaryTerm, languagePolicy, partnerProfile, sender, plugin, allowedPlugin, translationRecords, translationRecord,
    ]

    /// The top level of a campaign file.
    public static let campaign = FormatSection("campaign", help: "An advocacy campaign: what it demands, on what evidence, to whom, in which languages.", fields: [
        FormatField("id", .identifier, required: true, help: "The campaign's id; equal to its file's name.", example: "decent-work"),
        FormatField("title", .localizedText(.line), required: true, help: "The campaign's title.", example: "{ fr: Travail décent, en: Decent work }"),
        FormatField("languages", .list(.language), required: true, help: "The languages the campaign speaks; the first is the source language.", example: "[fr, nl, en]"),
        FormatField("partner", .identifier, help: "The partner profile that speaks for the campaign.", example: "smart-be"),
        FormatField("status", .choice(["draft", "review", "approved"]), required: true, help: "Where the campaign is in its review workflow.", example: "review"),
        FormatField("summary", .localizedText(.multiline), required: true, help: "A paragraph or two of Markdown saying what the campaign is about.", example: "{ fr: Les indépendants… }"),
        FormatField("context", .localizedText(.multiline), help: "The background, in Markdown.", example: "{ fr: Depuis 2020… }"),
        FormatField("demands", .list(.section("demand")), required: true, help: "What the campaign asks for, in order; at least one.", example: "[{ id: fair-price, title: …, body: … }]"),
        FormatField("sources", .list(.section("source")), help: "The evidence the demands cite.", example: "[{ id: ilo-2022, title: …, publisher: …, year: 2022 }]"),
        FormatField("audiences", .list(.section("audience")), people: true, help: "Who the campaign speaks to.", example: "[{ id: federal-mps, title: Federal MPs }]"),
        FormatField("mailings", .list(.section("mailing")), people: true, help: "What the campaign sends to its audiences.", example: "[{ id: launch, audience: federal-mps, subject: …, body: … }]"),
        FormatField("pipeline", .list(.section("pipeline stage")), help: "The stages to run, in order, each by name or with options.", example: "[draft, { stage: draft, options: { pdf: true } }]"),
        FormatField("extends", .text(.line), help: "The campaign or template this one builds on: its id, or its path inside the project.", example: "decent-work"),
        FormatField("inherit", .list(.identifier), help: "The keys holding people (contact exports, audiences, mailings…) this overlay takes from the file it extends; it takes none unless it names them here.", example: "[audiences, mailings]"),
        FormatField("template", .section("template"), help: "Declares this file a template other campaigns extend.", example: "{ version: 1.0.0 }"),
        FormatField("vars", .map(.text(.line)), help: "Values texts use as {{vars.name}}.", example: "{ parliament: Chambre }"),
        FormatField("glossary", .list(.section("glossary term")), help: "Terms translated one fixed way, or never.", example: "[{ term: SmartLabs }]"),
        FormatField("fallbacks", .languageMap(.list(.language)), help: "For each language, the languages a missing text is taken from, in order.", example: "{ nl: [fr] }"),
        FormatField("translation-policy", .languageMap(.section("language policy")), help: "For each language, what may be sent to its readers untranslated.", example: "{ en: { allow: [machine] } }"),
    ])

    /// An item of `demands:`.
    public static let demand = FormatSection("demand", help: "One thing the campaign asks for, and its reasoning.", fields: [
        FormatField("id", .identifier, required: true, help: "The demand's id, unique among demands.", example: "fair-price"),
        FormatField("title", .localizedText(.line), required: true, help: "The demand in one line.", example: "{ fr: Un juste prix pour chaque prestation }"),
        FormatField("body", .localizedText(.multiline), required: true, help: "The demand and its reasoning, in Markdown.", example: "{ fr: Chaque prestation… }"),
        FormatField("sources", .list(.identifier), help: "The sources the demand cites, by id, in the order cited.", example: "[ilo-2022]"),
    ])

    /// An item of `sources:`.
    public static let source = FormatSection("source", help: "A piece of evidence demands cite.", fields: [
        FormatField("id", .identifier, required: true, help: "The source's id, unique among sources.", example: "ilo-2022"),
        FormatField("title", .text(.line), required: true, help: "The title of the document.", example: "Resolution concerning decent work"),
        FormatField("publisher", .text(.line), required: true, help: "Who published it.", example: "International Labour Conference"),
        FormatField("year", .year, required: true, help: "The year it was published.", example: "2022"),
        FormatField("url", .url, help: "Where readers can find it.", example: "https://www.ilo.org/resolution"),
    ])

    /// An item of `audiences:`; the lists stage adds the keys that select its members.
    public static let audience = FormatSection("audience", help: "A group of readers the campaign speaks to.", fields: [
        FormatField("id", .identifier, required: true, help: "The audience's id, unique among audiences.", example: "federal-mps"),
        FormatField("title", .localizedText(.line), required: true, help: "The audience's name.", example: "{ fr: Députés fédéraux, en: Federal MPs }"),
        FormatField("description", .localizedText(.multiline), help: "Who the audience is, in Markdown.", example: "{ en: Members of the federal parliament }"),
    ])

    /// An item of `mailings:`.
    public static let mailing = FormatSection("mailing", help: "A message the campaign sends to an audience.", fields: [
        FormatField("id", .identifier, required: true, help: "The mailing's id, unique among mailings.", example: "launch"),
        FormatField("audience", .identifier, required: true, help: "The audience it goes to, by id.", example: "federal-mps"),
        FormatField("subject", .localizedText(.line), required: true, help: "The subject line.", example: "{ fr: Notre position, en: Our position }"),
        FormatField("body", .localizedText(.multiline), required: true, help: "The message, in Markdown.", example: "{ fr: Madame, Monsieur… }"),
    ])

    /// An item of `pipeline:` written as a mapping rather than a stage name.
    public static let pipelineStage = FormatSection("pipeline stage", help: "A stage to run, with its options, or an external program to run as a stage; a stage's name alone runs it with its defaults.", otherForms: [.text(.line)], fields: [
        FormatField("stage", .text(.line), required: true, help: "The stage's name.", example: "draft"),
        FormatField("options", .any, help: "The stage's options, as keys and values.", example: "{ list-sources: true }"),
        FormatField("command", .list(.text(.line)), help: "The program an external stage runs, and its arguments.", example: "[python3, plugins/export.py]"),
        FormatField("timeout", .integer(1...3600), help: "How many seconds an external stage may run.", example: "60"),
        FormatField("summary", .text(.line), help: "What an external stage does, in a sentence.", example: "Exports the lists to the CRM."),
    ])

    /// `template:`: what a template says about itself.
    public static let template = FormatSection("template", help: "What a template says about itself, for the campaigns that extend it.", fields: [
        FormatField("version", .version, required: true, help: "The template's version.", example: "1.0.0"),
        FormatField("description", .localizedText(.multiline), help: "What the template is for.", example: "{ en: A campaign to federal MPs }"),
        FormatField("variables", .list(.section("template variable")), help: "The vars a campaign extending the template fills in.", example: "[{ name: parliament, description: … }]"),
        FormatField("advocate", .version, help: "The oldest advocate version that builds the template.", example: "0.1"),
    ])

    /// An item of a template's `variables:`.
    public static let templateVariable = FormatSection("template variable", help: "A value a campaign extending a template fills in.", fields: [
        FormatField("name", .text(.line), required: true, help: "The variable's name, used as {{vars.name}}.", example: "parliament"),
        FormatField("description", .text(.line), required: true, help: "What to fill in.", example: "The parliament the campaign speaks to."),
    ])

    /// An item of `glossary:`: the term, and its fixed translation in any of the campaign's languages.
    public static let glossaryTerm = FormatSection(
        "glossary term", help: "A term translated one fixed way, or never.",
        fields: [FormatField("term", .text(.line), required: true, help: "The term as the source language writes it.", example: "économie sociale")],
        otherKeys: .languages(.text(.line)))

    /// A language's entry in `translation-policy:`.
    public static let languagePolicy = FormatSection("language policy", help: "What may be sent to readers of one language untranslated.", fields: [
        FormatField("allow", .list(.choice(["missing", "stale", "machine"])), required: true, help: "The kinds of untranslated text its readers may get.", example: "[machine]"),
    ])
}
