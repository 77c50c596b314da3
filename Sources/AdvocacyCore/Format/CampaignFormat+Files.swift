extension CampaignFormat {
    /// A partner profile, `Partners/<id>.yaml`.
    public static let partnerProfile = FormatSection("partner profile", help: "The organisation that speaks for campaigns: its name, sender and legal mentions.", fields: [
        FormatField("id", .identifier, required: true, help: "The partner's id; equal to its file's name.", example: "smart-be"),
        FormatField("name", .localizedText(.line), required: true, help: "The organisation's name: one for every language, or by language where it differs.", example: "Smart Belgium"),
        FormatField("country", .text(.line), required: true, help: "Its country, as an ISO 3166 code of two capital letters.", example: "BE"),
        FormatField("languages", .list(.language), required: true, help: "The languages it speaks; the first is its own.", example: "[fr, nl]"),
        FormatField("sender", .section("sender"), required: true, help: "Who mailings come from.", example: "{ name: Smart, email: advocacy@smart.be }"),
        FormatField("address", .localizedText(.multiline), required: true, help: "Its postal address: one for every language, or by language.", example: "{ fr: Bruxelles, Belgique, nl: Brussel, België }"),
        FormatField("legal", .localizedText(.multiline), required: true, help: "The legal mentions printed on papers and mailings: one text for every language, or by language.", example: "{ fr: Smart SCE – BCE 0123.456.789 }"),
        FormatField("logo", .path, help: "Its logo, by path from the project folder.", example: "Partners/smart-be.svg"),
        FormatField("contact", .section("sender"), help: "Who readers may write to, when not the sender.", example: "{ name: Anna, email: anna@smart.be }"),
        FormatField("website", .url, help: "Its web site.", example: "https://smart.coop"),
        FormatField("layout", .path, help: "The layout its papers use, by path from the project folder.", example: "Layouts/smart.html"),
        FormatField("plugins", .list(.section("plugin")), help: "External stages its campaigns may run.", example: "[{ name: crm-export, command: [python3, plugins/export.py] }]"),
    ])

    /// A partner's `sender:` or `contact:`.
    public static let sender = FormatSection("sender", help: "A name and an email address.", fields: [
        FormatField("name", .localizedText(.line), required: true, help: "The name shown: one for every language, or by language.", example: "{ fr: Smart — plaidoyer, en: Smart — advocacy }"),
        FormatField("email", .email, required: true, help: "The email address.", example: "advocacy@smart.be"),
    ])

    /// An item of a partner's `plugins:`.
    public static let plugin = FormatSection("plugin", help: "An external stage: a program that reads the campaign and writes outputs.", fields: [
        FormatField("name", .identifier, required: true, help: "The stage name campaigns use in their pipeline.", example: "crm-export"),
        FormatField("command", .list(.text(.line)), required: true, help: "The program to run, and its arguments.", example: "[python3, plugins/export.py]"),
        FormatField("summary", .text(.line), help: "What it does, in a sentence.", example: "Exports the lists to the CRM."),
        FormatField("timeout", .integer(1...3600), help: "How many seconds it may run.", example: "60"),
    ])

    /// An item of the project's plugin allowlist, `allowed-plugins.yaml` at the project root.
    public static let allowedPlugin = FormatSection("allowed plugin", help: "An external stage the project lets run, pinned to its command when given.", fields: [
        FormatField("name", .text(.line), required: true, help: "The plugin's name, or 'partner/name' for a partner's.", example: "crm-export"),
        FormatField("command", .list(.text(.line)), help: "The only command it may run.", example: "[python3, plugins/export.py]"),
    ])

    /// A campaign's translation records, `translations/<campaign>.yaml` beside it, written by advocate.
    public static let translationRecords = FormatSection("translation records", help: "What is known of each translation of a campaign: its source and its state.", fields: [
        FormatField("sources", .map(.map(.text(.multiline))), help: "By text key, the source texts translations were made from, by fingerprint.", example: "{ title: { 3f2a…: Travail décent } }"),
        FormatField("translations", .languageMap(.map(.section("translation record"))), help: "By language and text key, the record of each translation.", example: "{ nl: { title: { source: 3f2a…, state: reviewed } } }"),
    ])

    /// One translation's record.
    public static let translationRecord = FormatSection("translation record", help: "The source one translation was made from, and its state.", fields: [
        FormatField("source", .text(.line), required: true, help: "The fingerprint of the source text it was made from.", example: "3f2a9c"),
        FormatField("state", .choice(TranslationRecords.Origin.allCases.map(\.rawValue)), required: true, help: "Where the translation came from, and whether it was reviewed.", example: "reviewed"),
        FormatField("text", .text(.multiline), help: "The translation, used instead of the campaign's own.", example: "Waardig werk"),
        FormatField("replaces", .text(.line), help: "The fingerprint of the campaign's text it replaces.", example: "9b1c4e"),
    ])
}
