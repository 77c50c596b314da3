import Foundation
import Testing

/// The bad input for mailings, each with its documented outcome (docs/mailings.md,
/// "When a mailing cannot go out"): nothing crashes, no malformed message is ever written, and
/// what is at fault is named, by recipient or by the campaign's file:line.
struct MailingBadInputTests {
    @Test func aNameHoldingALineBreakAndABccStaysInTheDisplayName() throws {
        // The lists stage folds line breaks in names; the name is then one quoted display name.
        let mailing = try MailingProject(rows: "\"cr@x.example\",\"Eve\r\nBcc: x@example.org\",Lee,,,,fr,\n")
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        let message = try #require(try mailing.messages().first)
        #expect(message.names.filter { $0.lowercased() == "bcc" }.isEmpty && message.defects.isEmpty)
        #expect(message.headers["To"] == "\"Eve Bcc: x@example.org Lee\" <cr@x.example>")
    }

    @Test func aValueBoundForTheSubjectHoldingALineBreakLeavesThatRecipientOut() throws {
        // An extra column keeps its line breaks; put in the subject, one would end the header.
        let mailing = try MailingProject(
            rows: "\"cr@x.example\",Eve,Lee,,,,fr,\"x\r\nBcc: x@example.org\"\nann@x.example,Ann,Lee,,,,fr,fine\n",
            subject: "{ fr: \"Objet {{recipient.Note}}\", nl: \"Onderwerp {{recipient.Note}}\", en: \"Subject {{recipient.Note}}\" }")
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        #expect(build.stderr.contains("mailing 'launch' leaves out 1 recipient"))
        let messages = try mailing.messages()
        #expect(messages.map(\.file) == ["launch/fr/ann@x.example.eml"])
        #expect(messages.first?.headers["Subject"] == "Objet fine")
        let plan = try mailing.advocate("plan", "sample", "--mailing", "launch")
        #expect(plan.stdout.contains("  cr@x.example\tleft out: their value for {{recipient.Note}} holds a line break"), "plan was:\n\(plan.stdout)")
    }

    @Test func aSubjectHoldingAnEncodedWordIsSentAsTheCharactersWritten() throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n", subject: "{ fr: \"Objet =?UTF-8?Q?=0A?= fin\", nl: Onderwerp, en: Subject }")
        #expect(try mailing.advocate("build", "sample").status == 0)
        let message = try #require(try mailing.messages().first)
        #expect(message.headers["Subject"] == "Objet =?UTF-8?Q?=0A?= fin")
        #expect(message.defects.isEmpty)
    }

    @Test func aBodyLineOf5000CharactersSurvivesInLinesOf998OctetsAtMost() throws {
        let line = String(repeating: "économie ", count: 556)
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n", body: "{ fr: \"\(line)\", nl: Hallo, en: Hello }")
        #expect(try mailing.advocate("build", "sample").status == 0)
        let message = try #require(try mailing.messages().first)
        #expect(message.longestLine <= 998)
        #expect(message.plain?.hasPrefix(line + "\n") == true)
    }

    @Test func aBodyLineThatIsALoneDotSurvives() throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n", body: "{ fr: \"Avant\\n\\n.\\n\\nAprès\", nl: Hallo, en: Hello }")
        #expect(try mailing.advocate("build", "sample").status == 0)
        let message = try #require(try mailing.messages().first)
        #expect(message.plain?.hasPrefix("Avant\n\n.\n\nAprès\n") == true)
    }

    @Test func anAddressWithANonASCIILocalPartIsWrittenAsUTF8AndThePlanSaysItNeedsSMTPUTF8() throws {
        let mailing = try MailingProject(rows: "jérôme@x.example,Jérôme,Lee,,,,fr,\nann@x.example,Ann,Lee,,,,fr,\n")
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        #expect(!build.stderr.contains("leaves out"), "stderr was:\n\(build.stderr)")
        let messages = try mailing.messages()
        #expect(messages.map(\.file).first == "launch/fr/ann@x.example.eml")
        #expect(messages.count == 2 && messages.last?.file.hasPrefix("launch/fr/j_r_me@x.example-") == true, "\(messages.map(\.file))")
        let jerome = try #require(messages.last)
        // Python's parser predates RFC 6532: it notes the UTF-8 local part, and nothing else.
        #expect(jerome.defects == ["NonASCIILocalPartDefect"])
        #expect(jerome.headers["To"] == "Jérôme Lee <jérôme@x.example>")
        #expect(jerome.plain?.hasPrefix("Bonjour") == true)
        #expect(messages.first?.defects == [])
        let plan = try mailing.advocate("plan", "sample", "--mailing", "launch")
        #expect(plan.stdout.hasPrefix("launch → members: 2 recipients, 0 left out\n"), "plan was:\n\(plan.stdout)")
        #expect(plan.stdout.contains("  jérôme@x.example\tfr\t<"), "plan was:\n\(plan.stdout)")
        #expect(plan.stdout.contains("(needs a relay with SMTPUTF8)"), "plan was:\n\(plan.stdout)")
        #expect(plan.stdout.split(separator: "\n").first { $0.contains("ann@x.example") }?.contains("SMTPUTF8") == false)
        let json = try mailing.advocate("plan", "sample", "--mailing", "launch", "--json")
        let plans = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let recipients = try #require(plans?.first?["recipients"] as? [[String: Any]])
        #expect(recipients.map { $0["needsSMTPUTF8"] as? Bool } == [true, false])
    }

    @Test func aFieldMissingForSomeRecipientsNamesThemAndWritesNothing() throws {
        let mailing = try MailingProject(
            rows: "ann@x.example,Ann,Lee,,,,fr,tall\nbo@x.example,Bo,Ray,,,,fr,\n",
            body: "{ fr: \"Note : {{recipient.Note}}\", nl: \"Noot: {{recipient.Note}}\", en: \"Note: {{recipient.Note}}\" }")
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 65)
        #expect(build.stderr.contains("Campaigns/contacts/people.csv:3:1: error: mailing 'launch': bo@x.example has no value for {{recipient.Note}}"), "stderr was:\n\(build.stderr)")
        #expect(!build.stderr.contains("ann@x.example"))
        #expect(!mailing.wrote("manifest.json"))
    }

    @Test func aPlaceholderNamingAColumnNoExportHasIsTheCampaignsError() throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n", body: "{ fr: \"{{recipient.shoe_size}}\", nl: \"{{recipient.shoe_size}}\", en: \"{{recipient.shoe_size}}\" }")
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 65)
        #expect(build.stderr.contains("Campaigns/sample.yaml:"), "stderr was:\n\(build.stderr)")
        #expect(build.stderr.contains("'shoe_size', which no contact export of the campaign has"))
        #expect(!mailing.wrote("manifest.json"))
    }

    struct Unreadable: CustomTestStringConvertible, Sendable {
        let name: String
        let body: String
        let expected: String
        var testDescription: String { name }
    }

    static let unreadable: [Unreadable] = [
        Unreadable(name: "an unclosed placeholder", body: "{ fr: \"Bonjour {{recipient.first_name\", nl: Hallo, en: Hello }", expected: "this placeholder is not closed"),
        Unreadable(name: "an unknown namespace", body: "{ fr: \"{{sender.name}}\", nl: \"{{sender.name}}\", en: \"{{sender.name}}\" }", expected: "{{sender.name}} is not a mail placeholder"),
        Unreadable(name: "an unescaped tag", body: "{ fr: \"{{{recipient.first_name}}}\", nl: \"{{{recipient.first_name}}}\", en: \"{{{recipient.first_name}}}\" }",
                   expected: "{{{recipient.first_name}}} is not a mail placeholder"),
        Unreadable(name: "a vars name not given", body: "{ fr: \"{{vars.nope}}\", nl: Hallo, en: Hello }", expected: "gives 'nope' a value"),
    ]

    @Test(arguments: unreadable)
    func aBodyThatCannotBeReadIsRefusedAtItsLineBeforeAnyBuild(_ body: Unreadable) throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n", body: body.body)
        let validate = try mailing.advocate("validate", "sample")
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("Campaigns/sample.yaml:"), "stderr was:\n\(validate.stderr)")
        #expect(validate.stderr.contains(body.expected), "stderr was:\n\(validate.stderr)")
    }

    @Test func aBodyTheMarkdownRendererRefusesIsTheCampaignsError() throws {
        let nested = String(repeating: ">", count: 200) + " deep"
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n", body: "{ fr: \"\(nested)\", nl: Hallo, en: Hello }")
        let build = try mailing.advocate("build", "sample")
        #expect(!build.crashed)
        #expect(build.status == 65, "stderr was:\n\(build.stderr)")
        #expect(build.stderr.contains("Campaigns/sample.yaml:"))
        #expect(!mailing.wrote("manifest.json"))
    }

    @Test func aPaperToAttachThatWasNotPrintedFailsTheCheck() throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n", keys: "    paper: attach\n")
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 65)
        #expect(build.stderr.contains("attaches the position paper, but no fr PDF was made in this build"), "stderr was:\n\(build.stderr)")
        #expect(build.stderr.contains("Campaigns/sample.yaml:"))
        #expect(!mailing.wrote("manifest.json"))
    }

    @Test func aMailingWithoutUnsubscribeFailsTheCheck() throws {
        let mailing = try MailingProject(rows: "ann@x.example,Ann,Lee,,,,fr,\n")
        try mailing.project.campaign("sample.yaml", try mailing.text("Campaigns/sample.yaml")
            .replacingOnce("    unsubscribe: { url: \"https://smart-be.example/unsubscribe?t={{token}}\", mailto: unsubscribe@smart-be.example }\n", with: ""))
        let build = try mailing.advocate("build", "sample")
        #expect(build.status == 65)
        #expect(build.stderr.contains("mailing 'launch' has no unsubscribe link"), "stderr was:\n\(build.stderr)")
    }
}
