import AdvocacyFixtures
import Foundation
import Testing

/// Placeholders through the real binary: kept in the texts from the campaign file to the
/// translator and back, checked wherever a text comes from, filled in only by the papers.
struct PlaceholderTests {
    static let summary = "summary: { fr: Un résumé., nl: Een samenvatting., en: A summary. }"
    /// The sample campaign's summary with `{{vars.organisation}}` in every language.
    static let summaryWithVars = """
        summary:
          fr: Les membres de {{vars.organisation}} demandent un juste prix.
          nl: De leden van {{vars.organisation}} vragen een eerlijke prijs.
          en: The members of {{vars.organisation}} ask for a fair price.
        vars: { organisation: Smart }
        """

    private func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce(Self.summary, with: Self.summaryWithVars))
        return project
    }

    private func text(_ project: TemporaryProject, _ path: String) throws -> String {
        String(decoding: try project.read(path), as: UTF8.self)
    }

    @Test func anExportKeepsThePlaceholderAndSaysWhatItStandsFor() throws {
        let project = try project()
        let export = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po")
        #expect(export.status == 0, "stderr was:\n\(export.stderr)")
        let po = try text(project, "nl.po")
        #expect(po.contains("""
            #. {{vars.organisation}} stands for the campaign's vars.organisation, now "Smart"; keep it as written.
            #: summary
            msgctxt "summary"
            msgid "Les membres de {{vars.organisation}} demandent un juste prix."
            msgstr "De leden van {{vars.organisation}} vragen een eerlijke prijs."
            """), "the PO file was:\n\(po)")
        #expect(!po.contains("membres de Smart"))

        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "xliff", "--all", "-o", "nl.xlf")
        let parsed = try ExternalCheck.run("python3", ["-c", """
            import xml.etree.ElementTree as ET
            ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
            unit = ET.parse("nl.xlf").getroot().find(".//x:unit[@id='summary']", ns)
            for part in ("source", "target"):
                element = unit.find(".//x:" + part, ns)
                ph = element.find("x:ph", ns)
                print(part, repr(element.text), ph.get("id"), ph.get("equiv"), ph.get("disp"), repr(ph.tail))
            """], in: project.root)
        #expect(parsed.output == """
            source 'Les membres de ' 1 {{vars.organisation}} Smart ' demandent un juste prix.'
            target 'De leden van ' 1 {{vars.organisation}} Smart ' vragen een eerlijke prijs.'

            """)
    }

    @Test func anXLIFFPlaceholderComesBackAsWritten() throws {
        let project = try project()
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "xliff", "--all", "-o", "nl.xlf")
        let xliff = try text(project, "nl.xlf")
        // The translator moves the placeholder, as their tool lets them.
        try project.write("nl.xlf", xliff.replacingOnce(
            "<target>De leden van <ph id=\"1\" equiv=\"{{vars.organisation}}\" disp=\"Smart\"/> vragen een eerlijke prijs.</target>",
            with: "<target><ph id=\"1\" equiv=\"{{vars.organisation}}\" disp=\"Smart\"/>-leden vragen een eerlijke prijs.</target>"))
        let imported = try project.advocate("i18n", "import", "nl.xlf")
        #expect(imported.status == 0, "stderr was:\n\(imported.stderr)")
        #expect(imported.stdout.contains("updated  summary"), "stdout was:\n\(imported.stdout)")
        #expect(try text(project, "Campaigns/translations/sample.yaml").contains("\"{{vars.organisation}}-leden vragen een eerlijke prijs.\""))
        _ = try project.advocate("build", "sample", "--lang", "nl")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").contains("Smart-leden vragen een eerlijke prijs."))
    }

    @Test func aTemplateForMsgmergeHasEveryTextUntranslated() throws {
        let project = try project()
        let export = try project.advocate("i18n", "export", "sample", "--format", "pot", "-o", "sample.pot")
        #expect(export.status == 0, "stderr was:\n\(export.stderr)")
        #expect(export.stderr == "a template of 10 texts written to sample.pot\n")
        let pot = try text(project, "sample.pot")
        #expect(pot.contains("\"Language: \\n\""))
        #expect(pot.contains("msgctxt \"summary\"\nmsgid \"Les membres de {{vars.organisation}} demandent un juste prix.\"\nmsgstr \"\"\n"))
        #expect(!pot.contains("fuzzy"))
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po")
        let merge = try ExternalCheck.run("msgmerge", ["--quiet", "-o", "merged.po", "nl.po", "sample.pot"], in: project.root)
        #expect(merge.status == 0, "msgmerge said:\n\(merge.output)")
        let merged = try text(project, "merged.po")
        #expect(merged.contains("msgctxt \"summary\"\nmsgid \"Les membres de {{vars.organisation}} demandent un juste prix.\"\nmsgstr \"De leden van {{vars.organisation}} vragen een eerlijke prijs.\"\n"))
        let withLang = try project.advocate("i18n", "export", "sample", "--format", "pot", "--lang", "nl")
        #expect(withLang.status == 64)
    }

    @Test func aBrokenBraceInADutchImportIsRefusedAtItsColumn() throws {
        let project = try project()
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po")
        let po = try text(project, "nl.po")
        try project.write("nl.po", po.replacingOnce(
            "msgstr \"De leden van {{vars.organisation}} vragen een eerlijke prijs.\"",
            with: "msgstr \"De leden van {{vars.organisation, vragen een eerlijke prijs.\""))
        let line = po.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0 == "msgstr \"De leden van {{vars.organisation}} vragen een eerlijke prijs.\"" }.map { $0 + 1 } ?? 0
        let records = try? project.read("Campaigns/translations/sample.yaml")
        let result = try project.advocate("i18n", "import", "nl.po")
        #expect(result.status == 65)
        #expect(result.stderr.contains(
            "nl.po:\(line):22: error: the translation of 'summary': this placeholder is not closed; write it whole, as {{name}}, or remove the braces"),
            "stderr was:\n\(result.stderr)")
        #expect((try? project.read("Campaigns/translations/sample.yaml")) == records)

        try project.write("nl.po", po.replacingOnce("msgstr \"De leden van {{vars.organisation}}", with: "msgstr \"De leden van vars.organisation}}"))
        let unopened = try project.advocate("i18n", "import", "nl.po")
        #expect(unopened.status == 65)
        #expect(unopened.stderr.contains("nl.po:\(line):39: error: the translation of 'summary': '}}' here closes no placeholder"), "stderr was:\n\(unopened.stderr)")
    }

    @Test func validateChecksThePlaceholdersOfTextsInTheCampaign() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce(Self.summary, with: """
            summary:
              fr: Les membres de {{vars.organisation}} demandent un juste prix.
              nl: De leden van {{vars.organisation, of de coöperatie.
              en: The members ask for a fair price.
            vars: { organisation: Smart }
            """))
        let result = try project.advocate("validate", "--strict", "Campaigns/sample.yaml")
        #expect(result.status == 65)
        #expect(result.stderr.contains(
            "Campaigns/sample.yaml:11:20: error: this placeholder is not closed; write it whole, as {{name}}, or remove the braces"),
            "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains(
            "Campaigns/sample.yaml:12:7: error: the English (en) text of 'summary' drops {{vars.organisation}} of the French (fr) text; keep its placeholders as they are"),
            "stderr was:\n\(result.stderr)")
    }

    @Test func validateChecksTheTextsOfTheTranslationRecordsToo() throws {
        let project = try project()
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po")
        try project.write("nl.po", try text(project, "nl.po").replacingOnce(
            "msgstr \"De leden van {{vars.organisation}} vragen een eerlijke prijs.\"",
            with: "msgstr \"De leden van {{vars.organisation}} eisen een eerlijke prijs.\""))
        #expect(try project.advocate("i18n", "import", "nl.po").status == 0)
        // A hand edit of the records breaks the placeholder the import checked.
        try project.write("Campaigns/translations/sample.yaml", try text(project, "Campaigns/translations/sample.yaml")
            .replacingOnce("{{vars.organisation}} eisen", with: "{{vars.organisation eisen"))
        let result = try project.advocate("validate", "Campaigns/sample.yaml")
        #expect(result.status == 65)
        #expect(result.stderr.contains(
            "Campaigns/translations/sample.yaml:10:14: error: the Dutch (nl) text of 'summary': this placeholder is not closed; write it whole, as {{name}}, or remove the braces"),
            "stderr was:\n\(result.stderr)")
    }

    @Test func aPlaceholderInACommandIsRefusedNotRunAsWritten() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "vars: { script: hook.py }\npipeline:\n  - stage: translate\n    options: { provider: command, command: [python3, '{{vars.script}}'] }\n")
        let result = try project.advocate("validate", "Campaigns/sample.yaml")
        #expect(result.status == 65)
        #expect(result.stderr.contains(
            "Campaigns/sample.yaml:50:55: error: {{vars.script}} is not filled in here: placeholders are filled in texts, when a paper or mail renders them; write the value itself"),
            "stderr was:\n\(result.stderr)")
    }

    @Test func anOverlaysVarsReachEveryLanguage() throws {
        let project = try project()
        // The Dutch summary comes from the translation records, as an import leaves it.
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po")
        try project.write("nl.po", try text(project, "nl.po").replacingOnce(
            "msgstr \"De leden van {{vars.organisation}} vragen een eerlijke prijs.\"",
            with: "msgstr \"De leden van {{vars.organisation}} eisen een eerlijke prijs.\""))
        #expect(try project.advocate("i18n", "import", "nl.po").status == 0)
        try project.campaign("kunstcoop.yaml", "id: kunstcoop\nextends: sample\nvars: { organisation: KunstCoop }\n")
        let build = try project.advocate("build", "kunstcoop")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        for (language, expected) in [
            ("fr", "Les membres de KunstCoop demandent un juste prix."),
            ("nl", "De leden van KunstCoop eisen een eerlijke prijs."),
            ("en", "The members of KunstCoop ask for a fair price."),
        ] {
            let paper = try text(project, "out/kunstcoop/papers/\(language)/position-paper.md")
            #expect(paper.contains(expected), "\(language): \(paper)")
            #expect(!paper.contains("{{"), "\(language): \(paper)")
        }
    }

    @Test func explainShowsTheTextAsWrittenAndAsTheBuildUsesIt() throws {
        let project = try project()
        try project.campaign("kunstcoop.yaml", "id: kunstcoop\nextends: sample\nvars: { organisation: KunstCoop }\n")
        let result = try project.advocate("explain", "kunstcoop", "summary.nl")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(result.stdout == """
            summary.nl:
                De leden van {{vars.organisation}} vragen een eerlijke prijs.
            the build uses it with its vars filled in:
                De leden van KunstCoop vragen een eerlijke prijs.
            set at Campaigns/sample.yaml:11:7 (sample)

            """)
    }
}
