import AdvocacyFixtures
import Foundation
import Testing

/// YAML that reads differently from what the author meant, without a word from YAML itself: a
/// hashtag read as a comment, a text written as empty quotes. Each is reported, through the real
/// binary, at the file, line and column the author wrote.
struct SilentYAMLTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        /// The diagnostic's first line, after `Campaigns/<file>:`.
        let expected: String

        init(_ name: String, _ text: String, _ expected: String) {
            self.name = name
            self.text = text
            self.expected = expected
        }

        var testDescription: String { name }
    }

    static let sample = SampleCampaign.yaml(id: "silent")

    static let hashtags: [Case] = [
        Case("hashtag after a text", sample.replacingOnce("  en: A fair price\n", with: "  en: Rehearsals are work. #PayArtists\n"),
             "5:28: warning: ' #PayArtists' is read as a comment, so the text ends at 'work.'; put the whole text in quotes to keep it: \"Rehearsals are work. #PayArtists\""),
        Case("number after a hash, quotes in the text", sample.replacingOnce("  en: A fair price\n", with: "  en: A \"fair\" price  #1\n"),
             "5:23: warning: ' #1' is read as a comment, so the text ends at 'price'; put the whole text in quotes to keep it: \"A \\\"fair\\\" price  #1\""),
        Case("hashtag after a text with accents", sample.replacingOnce("  fr: Un juste prix\n", with: "  fr: Répétitions payées #ArtistesPayés et plus\n"),
             "3:26: warning: ' #ArtistesPayés et plus' is read as a comment, so the text ends at 'payées'; put the whole text in quotes to keep it: \"Répétitions payées #ArtistesPayés et plus\""),
    ]

    @Test(arguments: hashtags)
    func hashtagIsAWarningThatStrictMakesAnError(_ silent: Case) throws {
        let project = try TemporaryProject()
        let file = try project.campaign("silent.yaml", silent.text)

        let lenient = try project.advocate("validate", file)
        #expect(lenient.status == 0, "stderr was:\n\(lenient.stderr)")
        #expect(lenient.stderr.split(separator: "\n").contains("\(file):\(silent.expected)"), "stderr was:\n\(lenient.stderr)")

        let strict = try project.advocate("validate", "--strict", file)
        #expect(strict.status == 65)
        let asError = silent.expected.replacingOccurrences(of: ": warning: ", with: ": error: ")
        #expect(strict.stderr.split(separator: "\n").contains("\(file):\(asError)"), "stderr was:\n\(strict.stderr)")
    }

    @Test func ordinaryCommentsAndQuotedHashesAreNotReported() throws {
        let project = try TemporaryProject()
        let text = Self.sample
            .replacingOnce("  en: A fair price\n", with: "  en: A fair price  # checked with the union\n")
            .replacingOnce("status: review", with: "status: review #")
            .replacingOnce("  nl: Een eerlijke prijs\n", with: "  nl: \"Een eerlijke prijs #NL\"\n")
        try project.campaign("silent.yaml", text)
        let result = try project.advocate("validate", "--strict")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(!result.stderr.contains("comment"), "stderr was:\n\(result.stderr)")
    }

    static let emptyTexts: [Case] = [
        Case("empty double quotes", sample.replacingOnce("  nl: Een eerlijke prijs\n", with: "  nl: \"\"\n"),
             "4:7: error: the Dutch (nl) text of the campaign's title is empty; write the text between the quotes, or remove the line"),
        Case("empty single quotes in a demand", sample.replacingOnce("nl: Een eerlijke prijs, en: A fair price }", with: "nl: '', en: A fair price }"),
             "19:37: error: the Dutch (nl) text of the title of demand 'fair-price' is empty; write the text between the quotes, or remove the line"),
        Case("spaces in quotes", sample.replacingOnce("subject: { fr: Lancement,", with: "subject: { fr: \"  \","),
             "45:20: error: the French (fr) text of the subject of mailing 'launch' is empty; write the text between the quotes, or remove the line"),
        Case("empty one-language text", sample.replacingOnce("title: Council Recommendation on access to social protection for workers and the self-employed", with: "title: \"\""),
             "31:12: error: the title of source 'council-2019' is empty; write the text between the quotes, or remove the line"),
    ]

    @Test(arguments: emptyTexts)
    func emptyTextIsAnError(_ silent: Case) throws {
        let project = try TemporaryProject()
        let file = try project.campaign("silent.yaml", silent.text)
        let result = try project.advocate("validate", file)
        #expect(!result.crashed)
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").contains("\(file):\(silent.expected)"), "stderr was:\n\(result.stderr)")
        #expect(!result.stderr.contains("has no text"), "one mistake, one diagnostic; stderr was:\n\(result.stderr)")
    }

    /// In PO an empty msgstr means "not translated yet": importing one records nothing, so the
    /// records never hold an empty text that the campaign would then refuse.
    @Test func anEmptyMsgstrStaysUntranslated() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: ""))
        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "-o", "nl.po").status == 0)
        let po = String(decoding: try project.read("nl.po"), as: UTF8.self)
        #expect(po.contains("msgid \"Payer le temps réellement travaillé.\"\nmsgstr \"\"\n"))

        let imported = try project.advocate("i18n", "import", "nl.po")
        #expect(imported.status == 0, "stderr was:\n\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("sample nl: 0 added"), "stdout was:\n\(imported.stdout)")
        let validated = try project.advocate("validate")
        #expect(validated.status == 0, "stderr was:\n\(validated.stderr)")
        #expect(!validated.stderr.contains("is empty"))
    }
}
