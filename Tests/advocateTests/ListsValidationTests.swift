import AdvocacyFixtures
import Foundation
import Testing

/// The keys the lists stage owns are read and checked by the stage, through the real binary:
/// `validate` reports each of their problems at file:line, in the same run as the core's,
/// sorted by place, and an overlay that removes a contact export still drawn on is at fault.
struct ListsValidationTests {
    /// The sample campaign drawing on contact exports, with `audiences` in place of its own.
    static func campaign(contacts: String, audiences: String, mailingAudience: String = "members") -> String {
        SampleCampaign.yaml(id: "sample")
            .replacingOnce("audiences:\n  - id: members\n    title: { fr: Membres, nl: Leden, en: Members }\n", with: "contacts:\n\(contacts)audiences:\n\(audiences)")
            .replacingOnce("audience: members", with: "audience: \(mailingAudience)")
    }

    @Test func everyListsProblemIsReportedWithTheCoresInOneRun() throws {
        let project = try TemporaryProject()
        try project.write("contacts.csv", "email\nann@example.org\n")
        try project.campaign("sample.yaml", Self.campaign(
            contacts: """
              - { id: export, file: contacts.csv, encoding: latin1 }
              - { id: export, file: missing.csv }

            """,
            audiences: """
              - id: members
                title: { fr: Membres, nl: Leden, en: Members }
                contacts: [exprt]
                where: { field: party }
                exclude: [members, pres]
              - id: press
                title: { fr: Presse, nl: Pers, en: Press }
                where: { in-office-on: 9 juin }

            """,
            mailingAudience: "member"))
        let result = try project.advocate("validate")
        #expect(result.status == 65)
        let diagnostics = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Campaigns/") }
        #expect(diagnostics == [
            "Campaigns/sample.yaml:40:49: error: the encoding of contact source 'export' should be utf-8 or windows-1252, not 'latin1'",
            "Campaigns/sample.yaml:41:11: error: the contact source id 'export' is used twice (first at line 40); give each contact source its own id",
            "Campaigns/sample.yaml:40:11: note: 'export' is first used here",
            "Campaigns/sample.yaml:41:25: error: the contacts file 'missing.csv' does not exist; give its path from the project folder",
            "Campaigns/sample.yaml:45:16: error: audience 'members' draws on the contacts 'exprt', which is not in 'contacts'; did you mean 'export'?",
            "Campaigns/sample.yaml:46:12: error: a filter on 'party' needs 'equals', 'one-of' or 'exists'",
            "Campaigns/sample.yaml:47:15: error: audience 'members' cannot leave out itself",
            "Campaigns/sample.yaml:47:24: error: audience 'members' leaves out the audience 'pres', which is not in 'audiences'; did you mean 'press'?",
            "Campaigns/sample.yaml:50:28: error: 'in-office-on' takes a day written 2024-06-09, not '9 juin'",
            "Campaigns/sample.yaml:53:15: error: mailing 'launch' goes to the audience 'member', which is not in 'audiences'; did you mean 'members'?",
        ], "stderr was:\n\(result.stderr)")
    }

    @Test func anOverlayRemovingAnExportStillDrawnOnIsAtFault() throws {
        let project = try TemporaryProject()
        try project.write("contacts.csv", "email\nann@example.org\n")
        try project.campaign("base.yaml", Self.campaign(
            contacts: "  - { id: export, file: contacts.csv }\n",
            audiences: "  - id: members\n    title: Membres\n    contacts: [export]\n"
        ).replacingOnce("id: sample", with: "id: base"))
        try project.campaign("sample.yaml", "id: sample\nextends: base\ninherit: [contacts, audiences]\ncontacts:\n  - id: export\n    remove: true\n")
        let result = try project.advocate("validate", "sample")
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").contains(
            "Campaigns/sample.yaml:5:5: error: 'export' cannot be removed: audience 'members' draws on the contacts 'export'; change that too, or keep 'export'"),
            "stderr was:\n\(result.stderr)")
    }
}
