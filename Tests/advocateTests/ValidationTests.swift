import AdvocacyFixtures
import Foundation
import Testing

/// Each kind of campaign mistake, through the real binary: the exact diagnostic, exit 65.
struct ValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let expected: String
        /// Whether the mistake is the only error reported; a language written in capitals is
        /// also not one the texts are written in.
        var alone = true
        var testDescription: String { name }
    }

    static let sample = SampleCampaign.yaml(id: "sample")

    static let cases: [Case] = [
        Case(name: "unknown key", text: sample.replacingOnce("demands:", with: "demads:"),
             expected: "17:1: error: unknown key 'demads' in campaign; did you mean 'demands'?"),
        Case(name: "missing required field", text: sample.replacingOnce("status: review\n", with: ""),
             expected: "1:1: error: campaign has no 'status'; add it"),
        Case(name: "empty required field", text: sample.replacingOnce("status: review", with: "status:"),
             expected: "8:8: error: 'status' in campaign is empty; write a value after the colon"),
        Case(name: "list where text is expected", text: sample.replacingOnce("partner: smart-be", with: "partner: [smart-be]"),
             expected: "7:10: error: the partner should be text, but it is a list"),
        Case(name: "text where a list is expected", text: sample.replacingOnce("languages: [fr, nl, en]", with: "languages: fr"),
             expected: "6:12: error: 'languages' should be a list, such as [fr, nl, en], but it is text"),
        Case(name: "unknown status", text: sample.replacingOnce("status: review", with: "status: aproved"),
             expected: "8:9: error: the status 'aproved' is not one of 'draft', 'review', 'approved'; did you mean 'approved'?"),
        Case(name: "year not a year", text: sample.replacingOnce("year: 2019", with: "year: 19"),
             expected: "33:11: error: the year of source 'council-2019' '19' should be a year of four digits, such as 2022"),
        Case(name: "duplicate demand id", text: sample.replacingOnce("- id: protection", with: "- id: fair-price"),
             expected: "25:9: error: the demand id 'fair-price' is used twice (first at line 18); give each demand its own id"),
        Case(name: "unknown source cited", text: sample.replacingOnce("sources: [council-2019]\n", with: "sources: [council-2091]\n"),
             expected: "28:15: error: demand 'protection' cites the source 'council-2091', which is not in 'sources'; did you mean 'council-2019'?"),
        Case(name: "unknown audience", text: sample.replacingOnce("audience: members", with: "audience: member"),
             expected: "44:15: error: mailing 'launch' goes to the audience 'member', which is not in 'audiences'; did you mean 'members'?"),
        Case(name: "not an ISO 639-1 code", text: sample.replacingOnce("[fr, nl, en]", with: "[fr, nl, en, xx]"),
             expected: "6:25: error: the language 'xx' is not an ISO 639-1 language code; use two letters such as 'fr', 'nl' or 'en'"),
        Case(name: "uppercase language", text: sample.replacingOnce("[fr, nl, en]", with: "[fr, NL, en]"),
             expected: "6:17: error: the language 'NL' should be written in lowercase: 'nl'", alone: false),
        Case(name: "text in an undeclared language", text: sample.replacingOnce("  en: A fair price\n", with: "  en: A fair price\n  de: Ein fairer Preis\n"),
             expected: "6:3: error: the campaign's title has a text in German (de), which is not one of its 'languages' (fr, nl, en); add it to 'languages' or remove this text"),
        Case(name: "id differs from file name", text: sample.replacingOnce("id: sample", with: "id: other"),
             expected: "1:5: error: the campaign id 'other' differs from its file name 'sample'; rename one so that 'advocate build other' finds it"),
        Case(name: "invalid id", text: sample.replacingOnce("- id: protection", with: "- id: Protection Sociale"),
             expected: "25:9: error: the demand id 'Protection Sociale' is not a valid id; use lowercase letters, digits and hyphens, such as 'fair-price'"),
        Case(name: "unknown stage", text: sample + "pipeline: [draft, drfat]\n",
             expected: "47:19: error: there is no stage called 'drfat'; did you mean 'draft'? (stages: translate, draft, lists, mailing, translation-report)"),
        Case(name: "unknown stage option", text: sample + "pipeline:\n  - stage: draft\n    options: { list-source: false }\n",
             expected: "49:16: error: stage 'draft' has no option 'list-source'; did you mean 'list-sources'? (its options: list-sources, number-demands, html, pdf, pdf-engine, layout)"),
        Case(name: "stage option of the wrong type", text: sample + "pipeline:\n  - stage: draft\n    options: { list-sources: no }\n",
             expected: "49:30: error: option 'list-sources' of stage 'draft' should be true or false"),
        Case(name: "misspelt key a stage owns", text: sample.replacingOnce("  - id: members\n", with: "  - id: members\n    consnt: newsletter\n"),
             expected: "41:5: error: unknown key 'consnt' in audience 'members'; did you mean 'consent'?"),
        Case(name: "missing key of a stage's own section", text: sample.replacingOnce("audiences:", with: "contacts:\n  - id: export\naudiences:"),
             expected: "40:5: error: contact source 'export' has no 'file'; add it"),
    ]

    @Test(arguments: cases)
    func reported(_ mistake: Case) throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", mistake.text)
        let result = try project.advocate("validate")
        #expect(!result.crashed)
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("Campaigns/sample.yaml:\(mistake.expected)"), "stderr was:\n\(result.stderr)")
        #expect(!mistake.alone || lines.last == "1 error in 1 of 1 file", "one mistake, one diagnostic; stderr was:\n\(result.stderr)")
    }

    @Test func diagnosticShowsTheLineAndACaret() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.sample.replacingOnce("demands:", with: "demads:"))
        let result = try project.advocate("validate")
        #expect(result.stderr.hasPrefix("""
            Campaigns/sample.yaml:17:1: error: unknown key 'demads' in campaign; did you mean 'demands'?
                demads:
                ^

            """))
    }

    @Test func missingTranslationIsAWarningThatStrictMakesAnError() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.sample.replacingOnce("  nl: Een eerlijke prijs\n", with: ""))
        let warning = "Campaigns/sample.yaml:3:3: warning: 'title' has no text in Dutch (nl); readers in that language will see the French (fr) text"

        let lenient = try project.advocate("validate")
        #expect(lenient.status == 0)
        #expect(lenient.stderr.split(separator: "\n").contains(Substring(warning)))

        let strict = try project.advocate("validate", "--strict")
        #expect(strict.status == 65)
        #expect(strict.stderr.contains(warning.replacingOccurrences(of: ": warning: ", with: ": error: ")))
    }

    @Test func twentyMistakesGiveTwentyDiagnostics() throws {
        // Twenty independent mistakes, each of which makes exactly one error.
        let mistakes = [
            ("id: sample", "id: sample-"), ("status: review", "status: reviewd"), ("partner: smart-be", "partner: [x]"),
            ("[fr, nl, en]", "[fr, nl, en, xx, nl]"), ("  fr: Un juste prix\n", "  fr: [Un juste prix]\n"),
            ("context:\n", "contexte:\n"), ("    sources: [ilo-2022, council-2019]", "    source: [ilo-2022, council-2019]"),
            ("- id: protection", "- id: fair-price"), ("sources: [council-2019]\n", "sources: [nowhere]\n"),
            ("en: Without gaps. }", "en: Without gaps., xx: y }"), ("year: 2019", "year: MMXIX"), ("year: 2022", "year: 22"),
            ("    url: https://", "    link: https://"), ("publisher: International Labour Conference", "publisher: [ILO]"),
            ("id: members", "id: Members"), ("en: Members }\n", "en: Members }\n    description: [a]\n"),
            ("  - id: launch\n", "  - id: launch\n    audiance: members\n"), ("audience: members", "audience: nobody"),
        ]
        var text = Self.sample
        for (old, new) in mistakes { text = text.replacingOnce(old, with: new) }
        text += "pipeline: [draft, render]\n"
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", text)
        let result = try project.advocate("validate")
        #expect(result.status == 65)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Campaigns/sample.yaml:") && $0.contains(": error: ") }
        #expect(errors.count == 20, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.hasSuffix("20 errors and 1 warning in 1 of 1 file\n"))
    }
}
