import AdvocacyFixtures
import Foundation
import Testing

/// Inputs sized so that quadratic work would run far past the test's time limit, and texts
/// longer than any campaign has, through the real binary: each ends quickly with a bounded,
/// located answer. No timing is asserted: a quadratic run is stopped by the time limit.
struct BoundedWorkTests {
    private func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        return project
    }

    @Test func anImportWithFortyThousandUnknownKeysReportsABoundedNumber() throws {
        let project = try project()
        try project.write("nl.po", HostileExchange.poWithUnknownKeys(40_000))
        let result = try project.advocate("i18n", "import", "nl.po")
        #expect(!result.crashed)
        #expect(result.status == 65)
        let unknown = result.stderr.components(separatedBy: "error: campaign 'sample' has no text").count - 1
        #expect(unknown == 50, "stderr began:\n\(result.stderr.prefix(2_000))")
        #expect(result.stderr.contains("error: … and 39950 more texts campaign 'sample' does not have"))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Campaigns/translations/sample.yaml").path))
    }

    @Test func anXLIFFUnitWithAHundredThousandAttributesIsReadInLinearTime() throws {
        let project = try project()
        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "xliff", "--all", "-o", "nl.xlf").status == 0)
        let exported = String(decoding: try project.read("nl.xlf"), as: UTF8.self)
        try project.write("nl.xlf", exported.replacingOnce("<unit id=\"title\"", with: "<unit id=\"title\"" + HostileExchange.attributes(100_000)))
        let result = try AdvocateProcess.run(["i18n", "import", "nl.xlf"], in: project.root, timeout: .seconds(30))
        #expect(!result.crashed)
        #expect(result.status == 0, "stderr was:\n\(result.stderr.prefix(2_000))")
    }

    @Test func aRepeatedAttributeIsStillRefused() throws {
        let project = try project()
        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "xliff", "--all", "-o", "nl.xlf").status == 0)
        let exported = String(decoding: try project.read("nl.xlf"), as: UTF8.self)
        try project.write("nl.xlf", exported.replacingOnce("<unit id=\"title\"", with: "<unit id=\"title\" a=\"1\" b=\"2\" a=\"3\""))
        let result = try project.advocate("i18n", "import", "nl.xlf")
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: the attribute a is given twice; keep one"), "stderr was:\n\(result.stderr)")
    }

    @Test func fiftyThousandDanglingReferencesAreEachReported() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", HostileExchange.danglingReferences(50_000))
        let result = try AdvocateProcess.run(["validate", "sample"], in: project.root, timeout: .seconds(60))
        #expect(!result.crashed)
        #expect(result.status == 65)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: demand 'fair-price' cites the source 'missing-") }
        #expect(errors.count == 50_000)
        #expect(errors.last == "Campaigns/sample.yaml:50024:9: error: demand 'fair-price' cites the source 'missing-49999', which is not in 'sources'")
    }

    @Test func aDanglingReferenceStillGetsItsSuggestion() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("sources: [ilo-2022, council-2019]", with: "sources: [ilo-2023, council-2019]"))
        let result = try project.advocate("validate", "sample")
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: demand 'fair-price' cites the source 'ilo-2023', which is not in 'sources'; did you mean 'ilo-2022'?"))
    }

    struct LongText: CustomTestStringConvertible, Sendable {
        let name: String
        let edit: (String, String)
        let expected: String
        var testDescription: String { name }
    }

    static let longTexts: [LongText] = [
        LongText(name: "20 MiB title", edit: ("  fr: Un juste prix\n", "  fr: " + String(repeating: "prix ", count: 4 << 20) + "\n"),
                 expected: "Campaigns/sample.yaml:3:7: error: the French (fr) text of the campaign's title is 20479 KiB long; a text is at most 256 KiB"),
        LongText(name: "1,001-character title", edit: ("  fr: Un juste prix\n", "  fr: " + String(repeating: "é", count: 1_001) + "\n"),
                 expected: "Campaigns/sample.yaml:3:7: error: the French (fr) text of 'title' is 1001 characters long; a one-line text is at most 1000 characters"),
        LongText(name: "1,001-character subject", edit: ("subject: { fr: Lancement,", "subject: { fr: \(String(repeating: "a", count: 1_001)),"),
                 expected: "error: the French (fr) text of 'mailings.launch.subject' is 1001 characters long"),
        LongText(name: "300 KiB context", edit: ("    Le contexte, en *Markdown*.\n", String(repeating: "    Une ligne de contexte assez longue pour remplir.\n", count: 6_000)),
                 expected: "Campaigns/sample.yaml:11:7: error: the French (fr) text of the campaign's context is 287 KiB long; a text is at most 256 KiB"),
    ]

    @Test(arguments: longTexts)
    func aTextLongerThanAnyCampaignNeedsIsRefusedAtItsPlace(_ long: LongText) throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce(long.edit.0, with: long.edit.1))
        let result = try project.advocate("validate", "sample")
        #expect(!result.crashed)
        #expect(result.status == 65)
        #expect(result.stderr.contains(long.expected), "stderr began:\n\(result.stderr.prefix(2_000))")
        #expect(result.stderr.utf8.count < 8_000, "a long text must not be echoed whole")
    }

    @Test func anImportedTitleLongerThanALineIsRefused() throws {
        let project = try project()
        try project.write("nl.po", TranslationTests.poHeader + "msgctxt \"title\"\nmsgid \"Un juste prix\"\nmsgstr \"\(String(repeating: "prijs ", count: 200))\"\n")
        let result = try project.advocate("i18n", "import", "nl.po")
        #expect(result.status == 65)
        #expect(result.stderr.contains("nl.po:10:1: error: the translation of 'title' is 1200 characters long; a one-line text is at most 1000 characters"),
                "stderr was:\n\(result.stderr.prefix(2_000))")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Campaigns/translations/sample.yaml").path))
    }

    @Test func anEnginesAnswerLongerThanATextIsRefused() throws {
        let project = try TemporaryProject()
        try project.write("hook.py", "import json, sys\nrequest = json.load(sys.stdin)\nprint(json.dumps({'translations': [{'key': t['key'], 'text': 'x' * 300000} for t in request['texts']]}))\n")
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: "")
            + "pipeline:\n  - stage: translate\n    options: { provider: command, command: [python3, hook.py] }\n  - draft\n")
        let result = try project.advocate("build", "sample", "--lang", "nl")
        #expect(!result.crashed)
        #expect(result.status == 65, "stderr was:\n\(result.stderr.prefix(2_000))")
        #expect(result.stderr.contains("Campaigns/sample.yaml:21:11: error: the engine's Dutch (nl) translation of 'demands.fair-price.body' is 292 KiB long; a text is at most 256 KiB"),
                "stderr was:\n\(result.stderr.prefix(2_000))")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Campaigns/translations/sample.yaml").path))
    }
}
