public import AdvocacyCore

extension FormatExtension {
    /// The keys the mailing stage owns: how a mailing goes out (sender, date, paper,
    /// unsubscribe, bilingual order) and how an audience is written to (language, salutation);
    /// how they are read (``MailingSettings``, ``AudienceMailing``) and checked.
    public static let mailing = FormatExtension(
        keys: [
            "mailing": [
                FormatField("from", .section("mail identity"), help: "The sender, in place of the partner profile's.", example: "{ name: Smart, email: plaidoyer@smart.example }"),
                FormatField("reply-to", .section("mail identity"), help: "Where replies go, in place of the partner profile's contact.", example: "{ name: Smart, email: info@smart.example }"),
                FormatField("date", .text(.line), help: "The send date every message's Date: shows: a day, or a day and time with its offset; else SOURCE_DATE_EPOCH, else the campaign's date.", example: "2024-09-16T09:00:00+02:00"),
                FormatField("paper", .choice(PaperUse.allCases.map(\.rawValue)), help: "Attach the position paper's PDF in the recipient's language, or link to it with {{paper.url}}.", example: "attach"),
                FormatField("paper-url", .text(.line), help: "The paper's address online; {{paper.language}} stands for the recipient's language.", example: "https://smart.example/papers/decent-work-{{paper.language}}.pdf"),
                FormatField("unsubscribe", .section("unsubscribe"), help: "How a recipient unsubscribes in one click; the pre-send check requires it.", example: "{ url: 'https://smart.example/unsubscribe?t={{token}}', mailto: unsubscribe@smart.example }"),
                FormatField("bilingual-order", .list(.language), help: "The order of the two texts of a bilingual message; the campaign's language order when not given.", example: "[fr, nl]"),
            ],
            "audience": [
                FormatField("language", .text(.line), help: "The language every member is written in, in place of each contact's own: one language, or two joined by '+' for one bilingual message.", example: "fr+nl"),
                FormatField("salutation", .localizedText(.line), help: "The salutation every member gets, per language, in place of the one made from their data.", example: "{ fr: Chère coopératrice, cher coopérateur }"),
            ],
        ],
        sections: [mailIdentity, unsubscribe],
        readers: ["mailing": readMailingSettings, "audience": readAudienceMailing],
        check: checkMailings)

    /// A mailing's `from:` or `reply-to:`.
    static let mailIdentity = FormatSection("mail identity", help: "A display name and an address.", fields: [
        FormatField("name", .text(.line), required: true, help: "The display name.", example: "Smart"),
        FormatField("email", .email, required: true, help: "The address.", example: "plaidoyer@smart.example"),
    ])

    /// A mailing's `unsubscribe:`.
    static let unsubscribe = FormatSection("unsubscribe", help: "How a recipient unsubscribes: a page that verifies the token, and an address.", fields: [
        FormatField("url", .text(.line), required: true, help: "The unsubscribe page, https; {{token}} stands for the recipient's token, {{email}} for their address.", example: "https://smart.example/unsubscribe?t={{token}}"),
        FormatField("mailto", .email, required: true, help: "The address an unsubscribe request may be mailed to.", example: "unsubscribe@smart.example"),
    ])
}
