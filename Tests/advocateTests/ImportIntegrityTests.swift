import AdvocacyFixtures
import Foundation
import Testing

/// Imports that cannot corrupt, through the real binary: an unchanged text is not a takeover,
/// and a fix in the campaign file is not hidden by the records.
struct ImportIntegrityTests {
    fileprivate func reviewedProject() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        #expect(try project.advocate("i18n", "review", "sample", "--lang", "nl", "--all").status == 0)
        return project
    }

    fileprivate func text(_ project: TemporaryProject, _ path: String) throws -> String {
        String(decoding: try project.read(path), as: UTF8.self)
    }

    @Test func anUnchangedFullExportImportsAsUnchangedAndRecordsNothing() throws {
        let project = try reviewedProject()
        let records = try text(project, "Campaigns/translations/sample.yaml")
        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "xliff", "--all", "-o", "nl.xlf").status == 0)
        let imported = try project.advocate("i18n", "import", "nl.xlf")
        #expect(imported.status == 0, "stderr was:\n\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("sample nl: 0 added, 0 updated, 10 unchanged, 0 left unfinished\n"))
        #expect(try text(project, "Campaigns/translations/sample.yaml") == records, "an unchanged text is not copied into the records")

        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("nl: Betaal de werkelijk gewerkte tijd.", with: "nl: Betaal alle werkelijk gewerkte tijd."))
        let build = try project.advocate("build", "sample", "--lang", "nl")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        #expect(!build.stderr.contains("records"), "stderr was:\n\(build.stderr)")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").contains("Betaal alle werkelijk gewerkte tijd."))
    }

    @Test func aTextFixedInTheCampaignFileWinsOverTheImportedRecord() throws {
        let project = try reviewedProject()
        let withoutDutch = SampleCampaign.yaml().replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: "")
        try project.campaign("sample.yaml", withoutDutch)
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "-o", "nl.po")
        try project.write("nl.po", try text(project, "nl.po").replacingOnce(
            "msgid \"Payer le temps réellement travaillé.\"\nmsgstr \"\"", with: "msgid \"Payer le temps réellement travaillé.\"\nmsgstr \"Betaal elk gewerkt uurr.\""))
        #expect(try project.advocate("i18n", "import", "nl.po").status == 0)
        _ = try project.advocate("build", "sample", "--lang", "nl")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").contains("Betaal elk gewerkt uurr."))

        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("nl: Betaal de werkelijk gewerkte tijd.", with: "nl: Betaal elk gewerkt uur."))
        let build = try project.advocate("build", "sample", "--lang", "nl")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        #expect(build.stderr.contains("the campaign's text is used"), "stderr was:\n\(build.stderr)")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").contains("Betaal elk gewerkt uur."))

        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po").status == 0)
        try project.write("nl.po", try text(project, "nl.po").replacingOnce("msgstr \"Betaal elk gewerkt uur.\"", with: "msgstr \"Betaal ieder gewerkt uur.\""))
        let reimported = try project.advocate("i18n", "import", "nl.po")
        #expect(reimported.stdout.hasPrefix("sample nl: 0 added, 1 updated, 9 unchanged"), "stdout was:\n\(reimported.stdout)")
        let rebuilt = try project.advocate("build", "sample", "--lang", "nl")
        #expect(!rebuilt.stderr.contains("records"), "a later import is newer than the campaign's text; stderr was:\n\(rebuilt.stderr)")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").contains("Betaal ieder gewerkt uur."))
    }
}

extension ImportIntegrityTests {
    @Test func aReviewedTextComesBackFromAPOFileStillReviewed() throws {
        let project = try reviewedProject()
        let records = try text(project, "Campaigns/translations/sample.yaml")
        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po").status == 0)
        let imported = try project.advocate("i18n", "import", "nl.po")
        #expect(imported.status == 0, "stderr was:\n\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("sample nl: 0 added, 0 updated, 10 unchanged, 0 left unfinished\n"))
        #expect(try text(project, "Campaigns/translations/sample.yaml") == records)
        #expect(try project.advocate("i18n", "status", "sample").stdout.contains("nl: 10 texts: 10 reviewed, 0 translated"))
    }
}

extension ImportIntegrityTests {
    @Test func aFileWhoseHeaderNamesAnotherLanguageIsRefusedAndNothingIsWritten() throws {
        let project = try reviewedProject()
        #expect(try project.advocate("i18n", "review", "sample", "--lang", "en", "--all").status == 0)
        let records = try text(project, "Campaigns/translations/sample.yaml")
        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po").status == 0)
        let dutch = try text(project, "nl.po").replacingOnce("msgstr \"Een eerlijke prijs\"", with: "msgstr \"Een echt eerlijke prijs\"")
        let lying = dutch.replacingOnce("\"Language: nl\\n\"", with: "\"Language: en\\n\"")
        let headerLine = lying.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Language: en") }! + 1
        try project.write("nl.po", lying)
        try project.write("translation.po", lying)

        let byName = try project.advocate("i18n", "import", "nl.po")
        #expect(byName.status == 65)
        #expect(byName.stderr.contains("nl.po:\(headerLine):1: error: the header says this file is a translation into English (en), but its name says Dutch (nl)"), "stderr was:\n\(byName.stderr)")
        let byOption = try project.advocate("i18n", "import", "translation.po", "--lang", "nl")
        #expect(byOption.status == 65)
        #expect(byOption.stderr.contains("translation.po:\(headerLine):1: error: the header says this file is a translation into English (en), but it is imported as Dutch (nl)"), "stderr was:\n\(byOption.stderr)")
        #expect(try text(project, "Campaigns/translations/sample.yaml") == records, "nothing is written")

        try project.write("translation.po", dutch)
        let agreeing = try project.advocate("i18n", "import", "translation.po", "--lang", "nl")
        #expect(agreeing.status == 0, "stderr was:\n\(agreeing.stderr)")
        #expect(agreeing.stdout.hasPrefix("sample nl: 0 added, 1 updated, 9 unchanged"), "stdout was:\n\(agreeing.stdout)")
    }
}

extension ImportIntegrityTests {
    private func line(of needle: String, in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }! + 1
    }

    @Test func anEditedSourceIsReportedNotApplied() throws {
        let project = try reviewedProject()
        let records = try text(project, "Campaigns/translations/sample.yaml")
        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "--all", "-o", "nl.po").status == 0)
        let edited = try text(project, "nl.po").replacingOnce(
            "msgid \"Payer le temps réellement travaillé.\"\nmsgstr \"Betaal de werkelijk gewerkte tijd.\"",
            with: "msgid \"Payer tout le temps travaillé.\"\nmsgstr \"Betaal alle gewerkte tijd.\"")
        try project.write("nl.po", edited)
        let imported = try project.advocate("i18n", "import", "nl.po")
        #expect(imported.status == 0, "stderr was:\n\(imported.stderr)")
        #expect(imported.stderr.contains("nl.po:\(line(of: "msgstr \"Betaal alle gewerkte tijd.\"", in: edited)):1: warning: the source text of 'demands.fair-price.body' in this file is not the campaign's: it was edited, or the campaign changed since the export; export again"),
                "stderr was:\n\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("sample nl: 0 added, 0 updated, 9 unchanged, 0 left unfinished, 1 not applied\n"), "stdout was:\n\(imported.stdout)")
        #expect(try text(project, "Campaigns/translations/sample.yaml") == records)

        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "xliff", "--all", "-o", "nl.xlf").status == 0)
        try project.write("nl.xlf", try text(project, "nl.xlf").replacingOnce("Betaal de werkelijk gewerkte tijd.", with: "Betaal alle gewerkte tijd."))
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("Payer le temps réellement travaillé.", with: "Payer tout le temps travaillé."))
        let changedSince = try project.advocate("i18n", "import", "nl.xlf")
        #expect(changedSince.status == 0, "stderr was:\n\(changedSince.stderr)")
        #expect(changedSince.stderr.contains(": warning: the source text of 'demands.fair-price.body' in this file is not the campaign's"), "stderr was:\n\(changedSince.stderr)")
        #expect(changedSince.stdout.contains("1 not applied"), "stdout was:\n\(changedSince.stdout)")
        #expect(try text(project, "Campaigns/translations/sample.yaml") == records)
    }
}
