public import AdvocacyCore

extension FormatExtension {
    /// The keys the lists stage owns: the contact exports and the suppression list at the top of
    /// a campaign, and what selects an audience's members; how they are read
    /// (``ContactExports``, ``AudienceSelection``) and checked.
    public static let lists = FormatExtension(
        keys: [
            "campaign": [
                FormatField("contacts", .list(.section("contact source")), people: true, help: "The contact exports audiences draw on.", example: "[{ id: members, file: contacts/members.csv }]"),
                FormatField("suppression", .path, people: true, help: "The suppression list (unsubscribed, bounced, complained) applied to every audience, by path from the project folder.", example: "contacts/suppression.csv"),
            ],
            "audience": [
                FormatField("contacts", .list(.identifier), help: "The contact exports the audience draws on, by id; all of them when not given.", example: "[members]"),
                FormatField("where", .section("audience filter"), help: "Who among the contacts belongs to the audience.", example: "{ has-tag: federal }"),
                FormatField("consent", .identifier, help: "The purpose members must have consented to.", example: "advocacy"),
                FormatField("exclude", .list(.identifier), help: "Audiences whose members are left out of this one, by id.", example: "[press]"),
            ],
        ],
        sections: [contactSource, audienceFilter],
        readers: ["campaign": readContactExports, "audience": readAudienceSelection],
        check: checkLists)

    /// An item of the campaign's `contacts:`.
    static let contactSource = FormatSection("contact source", help: "A contact export: a CSV file as a spreadsheet or CRM wrote it.", fields: [
        FormatField("id", .identifier, required: true, help: "The export's id, which audiences name.", example: "members"),
        FormatField("file", .path, required: true, help: "The CSV file, by path from the project folder.", example: "contacts/members.csv"),
        FormatField("encoding", .choice(["utf-8", "windows-1252"]), help: "The file's encoding; utf-8 when not given.", example: "windows-1252"),
        FormatField("delimiter", .choice([",", ";", "tab"]), help: "The field delimiter; detected from the header line when not given.", example: ";"),
        FormatField("columns", .map(.text(.line)), help: "The file's headers mapped to contact fields, beyond the synonyms advocate knows.", example: "{ Courriel: email }"),
        FormatField("language", .language, help: "The language of rows that give none.", example: "fr"),
    ])

    /// An audience's `where:`: one test on a contact, or a list of tests that must all pass.
    static let audienceFilter = FormatSection("audience filter", help: "A test on a contact's fields; a list of filters keeps those who pass all of them.", otherForms: [.list(.section("audience filter"))], fields: [
        FormatField("field", .text(.line), help: "The contact field tested, with 'equals', 'one-of' or 'exists'.", example: "party"),
        FormatField("equals", .text(.line), help: "Keeps contacts whose field has this value.", example: "Ecolo"),
        FormatField("one-of", .list(.text(.line)), help: "Keeps contacts whose field has one of these values.", example: "[fr, nl]"),
        FormatField("exists", .flag, help: "Keeps contacts whose field has a value.", example: "true"),
        FormatField("has-tag", .text(.line), help: "Keeps contacts with this tag.", example: "federal"),
        FormatField("in-office-on", .day, help: "Keeps contacts whose term includes this day.", example: "2024-06-09"),
        FormatField("not", .section("audience filter"), help: "Keeps contacts the inner filter leaves out.", example: "{ has-tag: press }"),
        FormatField("all", .list(.section("audience filter")), help: "Keeps contacts who pass every filter of the list.", example: "[{ has-tag: federal }, { field: language, equals: fr }]"),
        FormatField("any", .list(.section("audience filter")), help: "Keeps contacts who pass any filter of the list.", example: "[{ has-tag: federal }, { has-tag: regional }]"),
    ])
}
