import AdvocacyFixtures
import Foundation
import Testing

/// The files advocate writes for translators, through an independent toolkit: translate-toolkit's
/// `po2xliff`, `xliff2po` and `pofilter` (installed by scripts/setup.sh from requirements-test.txt).
/// Every placeholder and every review survives the round trips, and `pofilter` finds nothing.
struct TranslationToolkitTests {
    /// The sample campaign with placeholders in its summary and a demand, every translation reviewed.
    private func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml()
            .replacingOnce(PlaceholderTests.summary, with: PlaceholderTests.summaryWithVars)
            .replacingOnce("body: { fr: Sans trous., nl: Zonder gaten., en: Without gaps. }",
                           with: "body: { fr: 'Sans trous, pour {{vars.organisation}} et {{ vars.organisation }}.', nl: 'Zonder gaten, voor {{vars.organisation}} en {{ vars.organisation }}.', en: 'Without gaps, for {{vars.organisation}} and {{ vars.organisation }}.' }"))
        #expect(try project.advocate("i18n", "review", "sample", "--lang", "nl", "--all").status == 0)
        return project
    }

    private func run(_ program: String, _ arguments: String..., in project: TemporaryProject) throws {
        let result = try ExternalCheck.run(program, ["--progress=none"] + arguments, in: project.root)
        #expect(result.status == 0, "\(program) said:\n\(result.output)")
    }

    private func text(_ project: TemporaryProject, _ path: String) throws -> String {
        String(decoding: try project.read(path), as: UTF8.self)
    }

    private func nlStatus(_ project: TemporaryProject) throws -> String {
        let status = try project.advocate("i18n", "status", "sample").stdout
        return status.split(separator: "\n").first { $0.hasPrefix("nl:") }.map(String.init) ?? status
    }

    @Test func aPOFileEditedAsXLIFFComesBackWithItsPlaceholdersAndReviews() throws {
        let project = try project()
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "out.po")
        try run("po2xliff", "out.po", "nl.xlf", in: project)
        let xliff = try text(project, "nl.xlf")
        try project.write("nl.xlf", xliff.replacingOnce(
            "<target state=\"translated\">De leden van {{vars.organisation}} vragen een eerlijke prijs.</target>",
            with: "<target state=\"translated\">{{vars.organisation}}-leden vragen een eerlijke prijs.</target>"))
        try run("xliff2po", "nl.xlf", "nl.po", in: project)
        let imported = try project.advocate("i18n", "import", "nl.po")
        #expect(imported.status == 0, "stderr was:\n\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("sample nl: 0 added, 1 updated, 9 unchanged, 0 left unfinished\n  updated  summary\n"), "stdout was:\n\(imported.stdout)")
        #expect(try nlStatus(project) == "nl: 10 texts: 9 reviewed, 1 translated, 0 machine, 0 stale, 0 missing")
        let records = try text(project, "Campaigns/translations/sample.yaml")
        #expect(records.contains("\"{{vars.organisation}}-leden vragen een eerlijke prijs.\""))
        #expect(try project.advocate("validate", "--strict", "Campaigns/sample.yaml").status == 0)
    }

    @Test func anXLIFFThroughPOAndBackKeepsItsPlaceholdersAndReviews() throws {
        let project = try project()
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "out.po")
        try run("po2xliff", "out.po", "first.xlf", in: project)
        try run("xliff2po", "first.xlf", "middle.po", in: project)
        try run("po2xliff", "middle.po", "nl.xlf", in: project)
        let imported = try project.advocate("i18n", "import", "nl.xlf")
        #expect(imported.status == 0, "stderr was:\n\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("sample nl: 0 added, 0 updated, 10 unchanged, 0 left unfinished\n"), "stdout was:\n\(imported.stdout)")
        #expect(try nlStatus(project) == "nl: 10 texts: 10 reviewed, 0 translated, 0 machine, 0 stale, 0 missing")

        // A broken placeholder in that XLIFF is refused at its line and column.
        let xliff = try text(project, "nl.xlf")
        let broken = xliff.replacingOnce(">Zonder gaten, voor {{vars.organisation}} en", with: ">Zonder gaten, voor {{vars.organisation en")
        try project.write("nl.xlf", broken)
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("voor {{vars.organisation en") }.map { $0 + 1 } ?? 0
        let refused = try project.advocate("i18n", "import", "nl.xlf")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("nl.xlf:\(line):"), "stderr was:\n\(refused.stderr)")
        #expect(refused.stderr.contains("error: the translation of 'demands.protection.body': this placeholder is not closed where its name ends"), "stderr was:\n\(refused.stderr)")
    }

    @Test func pofilterFindsNoPlaceholderProblemInOurPO() throws {
        let project = try project()
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po")
        // Mozilla's checker counts {{…}} as a variable; the standard one checks printf and Python braces.
        try run("pofilter", "--mozilla", "--test=variables", "nl.po", "mozilla.po", in: project)
        try run("pofilter", "--test=variables", "--test=printf", "--test=pythonbraceformat", "nl.po", "standard.po", in: project)
        for report in ["mozilla.po", "standard.po"] {
            let flagged = (try? text(project, report)) ?? ""
            #expect(!flagged.contains("msgctxt"), "pofilter flagged:\n\(flagged)")
        }
        // The same check sees a dropped placeholder, so its silence above means something.
        try project.write("dropped.po", try text(project, "nl.po").replacingOnce(
            "msgstr \"De leden van {{vars.organisation}} vragen", with: "msgstr \"De leden van Smart vragen"))
        try run("pofilter", "--mozilla", "--test=variables", "dropped.po", "flagged.po", in: project)
        let flagged = try text(project, "flagged.po")
        #expect(flagged.contains("# (pofilter) variables: Do not translate: {{vars.organisation}}\n"), "pofilter wrote:\n\(flagged)")
        #expect(flagged.contains("msgctxt \"summary\"\n"))
    }
}
