import Foundation
import Testing

/// Mailings through the real binary: what each recipient's message says, read back by
/// Python's `email` package, and what a mailing that cannot go out does instead.
struct MailingTests {
    @Test func aContactsValuesShowAsTheirCharactersInTheTextAndTheHTML() throws {
        let mailing = try MailingProject(
            rows: "ann@x.example,[x](https://evil.example),Lee,,,,fr,\nbo@x.example,<b>Jo</b>,Ray,,,,fr,\n",
            body: "{ fr: \"Bonjour **{{recipient.first_name}}** !\", nl: \"Hallo {{recipient.first_name}}\", en: \"Hello {{recipient.first_name}}\" }")
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        let messages = try mailing.messages()
        #expect(messages.count == 2)
        let ann = try #require(messages.first { $0.file == "launch/fr/ann@x.example.eml" })
        #expect(ann.plain?.hasPrefix("Bonjour **[x](https://evil.example)** !\n") == true)
        #expect(ann.html?.contains("<p>Bonjour <strong>[x](https://evil.example)</strong> !</p>") == true)
        #expect(ann.html?.contains("href=\"https://evil.example") == false)
        let bo = try #require(messages.first { $0.file == "launch/fr/bo@x.example.eml" })
        #expect(bo.plain?.hasPrefix("Bonjour **<b>Jo</b>** !\n") == true)
        #expect(bo.html?.contains("<strong>&lt;b&gt;Jo&lt;/b&gt;</strong>") == true)
        #expect(bo.html?.contains("<b>Jo</b>") == false)
        #expect(bo.headers["To"] == "<b>Jo</b> Ray <bo@x.example>" || bo.headers["To"] == "\"<b>Jo</b> Ray\" <bo@x.example>")
        for message in messages { #expect(message.defects.isEmpty, "\(message.file): \(message.defects)") }
    }

    struct Salutation: CustomTestStringConvertible, Sendable {
        let name: String
        let row: String
        let expected: String
        var audienceKeys = ""
        var testDescription: String { name }
    }

    static let salutations: [Salutation] = [
        Salutation(name: "a minister in French", row: "a@x.example,Claire,Vandamme,F,Ministre de l'Emploi,,fr,", expected: "Madame la Ministre,"),
        Salutation(name: "a man in Dutch", row: "a@x.example,Pieter,de Smet,M,,,nl,", expected: "Geachte heer De Smet,"),
        Salutation(name: "a minister in English", row: "a@x.example,Amira,Haddad,F,Minister of Economy,,en,", expected: "Dear Minister,"),
        Salutation(name: "a title in the salutation column", row: "a@x.example,Els,Wouters,,,Mevrouw,nl,", expected: "Geachte mevrouw Wouters,"),
        Salutation(name: "nothing known in French", row: "a@x.example,,,,,,fr,", expected: "Madame, Monsieur,"),
        Salutation(name: "a name only in English", row: "a@x.example,Sam,Okafor,,,,en,", expected: "Dear Sam Okafor,"),
        Salutation(name: "the contact's own", row: "a@x.example,Els,Wouters,F,Minister,Beste Els,nl,", expected: "Beste Els,"),
        Salutation(name: "the audience's", row: "a@x.example,Els,Wouters,F,,,nl,", expected: "Beste coöperant,",
                   audienceKeys: "    salutation: { fr: Chère coopératrice, nl: Beste coöperant, en: Dear member }\n"),
    ]

    @Test(arguments: salutations)
    func eachRecipientIsGreetedAsTheirLanguageAndDataSay(_ salutation: Salutation) throws {
        let mailing = try MailingProject(
            rows: salutation.row + "\n",
            body: "{ fr: \"{{recipient.salutation}},\", nl: \"{{recipient.salutation}},\", en: \"{{recipient.salutation}},\" }",
            audienceKeys: salutation.audienceKeys)
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        let message = try #require(try mailing.messages().first)
        #expect(message.plain?.hasPrefix(salutation.expected + "\n") == true, "the text was:\n\(message.plain ?? "")")
    }

    @Test func aBilingualRecipientGetsOneMessageWithBothTextsInTheCampaignsOrder() throws {
        let mailing = try MailingProject(rows: "fed@x.example,,,,,,fr+nl,\nann@x.example,Ann,Lee,,,,nl,\n")
        #expect(try mailing.advocate("build", "sample").status == 0)
        let messages = try mailing.messages()
        let both = try #require(messages.first { $0.file == "launch/fr+nl/fed@x.example.eml" })
        #expect(both.headers["Content-Language"] == "fr, nl")
        #expect(both.headers["Subject"] == "Lancement / Lancering")
        let html = try #require(both.html)
        let french = try #require(html.range(of: "<div lang=\"fr\">")), dutch = try #require(html.range(of: "<div lang=\"nl\">"))
        #expect(french.lowerBound < dutch.lowerBound)
        #expect(both.plain?.hasPrefix("Bonjour\n") == true && both.plain?.contains("\nHallo\n") == true)
        #expect(messages.first { $0.file == "launch/nl/ann@x.example.eml" }?.headers["Content-Language"] == "nl")
        #expect(mailing.wrote("mailings/launch/proof-fr+nl.html") && mailing.wrote("mailings/launch/proof-nl.html"))

        let reordered = try MailingProject(rows: "fed@x.example,,,,,,fr+nl,\n", keys: "    bilingual-order: [nl, fr]\n")
        #expect(try reordered.advocate("build", "sample").status == 0)
        let message = try #require(try reordered.messages().first)
        #expect(message.file == "launch/nl+fr/fed@x.example.eml")
        #expect(message.headers["Subject"] == "Lancering / Lancement")
        #expect(message.headers["Content-Language"] == "nl, fr")
    }

    @Test func anAudienceWrittenToInBothLanguagesGetsBilingualMessages() throws {
        let mailing = try MailingProject(rows: "a@x.example,,,,,,en,\n", audienceKeys: "    language: fr+nl\n")
        #expect(try mailing.advocate("build", "sample").status == 0)
        #expect(try mailing.messages().map(\.file) == ["launch/fr+nl/a@x.example.eml"])
    }

    @Test func everyMessageHasTheHeadersSendingNeedsAndRebuildsAreByteIdentical() throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\nbo@x.example,Bo,Ray,,,,en,\n")
        #expect(try mailing.advocate("build", "sample").status == 0)
        let first = try mailing.project.read("out/sample/manifest.json")
        for message in try mailing.messages() {
            #expect(message.defects.isEmpty)
            #expect(message.headers["Date"] == "Sun, 29 Nov 2026 00:00:00 +0000")
            #expect(message.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
            #expect(message.headers["List-Unsubscribe"]?.contains("<https://smart-be.example/unsubscribe?t=") == true)
            #expect(message.headers["List-Unsubscribe"]?.contains("<mailto:unsubscribe@smart-be.example?subject=") == true)
            #expect(message.headers["List-Id"] == "<launch.sample.smart-be.example>")
            #expect(message.headers["Message-ID"]?.hasSuffix("@smart-be.example>") == true)
            #expect(message.plain?.contains("https://smart-be.example/unsubscribe?t=") == true)
        }
        #expect(try mailing.advocate("build", "sample").status == 0)
        #expect(try mailing.project.read("out/sample/manifest.json") == first)
    }

    @Test func theMboxFormatHoldsEveryMessageInOneFile() throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\nbo@x.example,Bo,Ray,,,,nl,\n")
        try mailing.project.campaign("sample.yaml", try mailing.text("Campaigns/sample.yaml") + "pipeline:\n  - draft\n  - lists\n  - stage: mailing\n    options: { format: mbox }\n")
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        let messages = try mailing.messages()
        #expect(messages.map(\.file) == ["launch/mailbox.mbox#0", "launch/mailbox.mbox#1"])
        #expect(messages.map { $0.headers["To"] ?? "" } == ["Ann Lee <ann@x.example>", "Bo Ray <bo@x.example>"])
        #expect(!mailing.wrote("mailings/launch/fr"))
    }

    @Test func aBuildWithoutTheUnsubscribeSecretIsAUsageError() throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n")
        let build = try mailing.advocate("build", "sample", environment: ["ADVOCATE_UNSUBSCRIBE_SECRET": ""])
        #expect(build.status == 64)
        #expect(build.stderr.contains("ADVOCATE_UNSUBSCRIBE_SECRET"))
        #expect(!mailing.wrote("manifest.json"))
        try mailing.project.write("secret.txt", "a secret of more than sixteen bytes\n")
        let fromFile = try mailing.advocate(
            "build", "sample", environment: ["ADVOCATE_UNSUBSCRIBE_SECRET": "", "ADVOCATE_UNSUBSCRIBE_SECRET_FILE": "secret.txt"])
        #expect(fromFile.status == 0, "stderr was:\n\(fromFile.stderr)")
    }

    @Test func planShowsEachRecipientsLanguageMessageIDAndWhoIsLeftOut() throws {
        let mailing = try MailingProject(
            rows: "ann@x.example,Ann,Lee,,,,nl,a\nfed@x.example,,,,,,fr+nl,b\n\"cr@x.example\",Eve,Lee,,,,fr,\"c\nBcc: x@example.org\"\n",
            subject: "{ fr: \"Lancement {{recipient.Note}}\", nl: \"Lancering {{recipient.Note}}\", en: \"Launch {{recipient.Note}}\" }",
            keys: "    paper: attach\n")
        let plan = try mailing.advocate("plan", "sample", "--mailing", "launch", "--json")
        let plans = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [[String: Any]]
        let recipients = try #require(plans?.first?["recipients"] as? [[String: Any]])
        #expect(recipients.map { $0["address"] as? String } == ["ann@x.example", "fed@x.example"])
        #expect(recipients.map { $0["language"] as? String } == ["nl", "fr+nl"])
        #expect(recipients.map { $0["attachments"] as? [String] } == [["sample-nl.pdf"], ["sample-fr.pdf", "sample-nl.pdf"]])
        #expect((recipients.first?["messageID"] as? String)?.hasSuffix("@smart-be.example") == true)
        let excluded = try #require(plans?.first?["excluded"] as? [[String: Any]])
        #expect(excluded.map { $0["reason"] as? String } == ["line-break-in-header"])
        let text = try mailing.advocate("plan", "sample", "--mailing", "launch")
        #expect(text.stdout.contains("  fed@x.example\tfr+nl\t<"))
        #expect(text.stdout.contains("attached: sample-fr.pdf, sample-nl.pdf"))
        #expect(text.stdout.contains("  cr@x.example\tleft out: their value for {{recipient.Note}} holds a line break"))
    }
}
