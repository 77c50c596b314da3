import AdvocacyFixtures
import Foundation
import Testing

/// An overlay owns its people, through the real binary: it inherits no contact exports,
/// suppression list, audiences or mailings from what it extends unless its `inherit:` says so,
/// and then `validate` warns, naming the files and the template they come from.
struct OverlayPeopleTests {
    /// A project whose template `base` lists its members from `Campaigns/contacts/members.csv`
    /// and writes them a mailing.
    private func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.write("Campaigns/contacts/members.csv", "E-mail,Prénom,Langue\nann@members.example,Ann,fr\nbob@members.example,Bob,fr\n")
        try project.write("Campaigns/contacts/suppression.csv", "email\nbob@members.example\n")
        try project.campaign("base.yaml", SampleCampaign.readyToMail(SampleCampaign.yaml(id: "base")).replacingOnce("audiences:\n  - id: members\n", with: """
            contacts:
              - id: members
                file: Campaigns/contacts/members.csv
            suppression: Campaigns/contacts/suppression.csv
            audiences:
              - id: members
                contacts: [members]

            """))
        return project
    }

    @Test func anOverlayListsAndMailsNobodyOfItsTemplate() throws {
        let project = try project()
        try project.campaign("a.yaml", "id: a\nextends: base\n")
        let validated = try project.advocate("validate", "--strict", "a")
        #expect(validated.status == 0, "stderr was:\n\(validated.stderr)")
        #expect(validated.stderr.isEmpty)

        let built = try project.advocate("build", "a")
        #expect(built.status == 0, "stderr was:\n\(built.stderr)")
        let manifest = String(decoding: try project.read("out/a/manifest.json"), as: UTF8.self)
        #expect(manifest.contains("position-paper"))
        #expect(!manifest.contains("lists/"))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/a/lists").path))
        for key in ["contacts", "suppression", "audiences", "mailings"] {
            #expect(try project.advocate("explain", "a", key).status == 64, "'\(key)' was inherited")
        }
        // The template itself still lists its members.
        let template = try project.advocate("build", "base")
        #expect(template.status == 0, "stderr was:\n\(template.stderr)")
        #expect(String(decoding: try project.read("out/base/lists/members.csv"), as: UTF8.self).contains("ann@members.example"))
    }

    @Test func anOverlayThatInheritsItsPeopleSaysSoAndIsWarned() throws {
        let project = try project()
        try project.campaign("a.yaml", "id: a\nextends: base\ninherit: [contacts, suppression, audiences, mailings]\n")
        let validated = try project.advocate("validate", "a")
        #expect(validated.status == 0, "stderr was:\n\(validated.stderr)")
        let warnings = validated.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 4, "stderr was:\n\(validated.stderr)")
        #expect(warnings.first == "Campaigns/a.yaml:3:11: warning: this campaign inherits the 'contacts' of 'base' (Campaigns/base.yaml), so it would list or mail people from files it did not declare itself: Campaigns/contacts/members.csv; keep it only if they agreed to hear from this campaign's partner, or declare your own 'contacts' and remove it from 'inherit'")
        #expect(validated.stderr.contains("Campaigns/a.yaml:3:21: warning: this campaign inherits the 'suppression' of 'base' (Campaigns/base.yaml), so it would list or mail people from files it did not declare itself: Campaigns/contacts/suppression.csv;"))
        #expect(validated.stderr.contains("note: 'contacts' is declared here"))
        #expect(try project.advocate("validate", "--strict", "a").status == 65)

        let built = try project.advocate("build", "a")
        #expect(built.status == 0, "stderr was:\n\(built.stderr)")
        let list = String(decoding: try project.read("out/a/lists/members.csv"), as: UTF8.self)
        #expect(list.contains("ann@members.example"))
        #expect(!list.contains("bob@members.example"))
        #expect(try project.advocate("explain", "a", "mailings.launch.audience").status == 0)
    }

    @Test func anOverlayChangesWhatItInheritsByID() throws {
        let project = try project()
        try project.campaign("a.yaml", """
            id: a
            extends: base
            inherit: [audiences, mailings]
            contacts:
              - id: members
                file: Campaigns/contacts/ours.csv
            audiences:
              - id: press
                title: { fr: Presse, nl: Pers, en: Press }
                before: members

            """)
        try project.write("Campaigns/contacts/ours.csv", "email,language\nzoe@ours.example,fr\n")
        let validated = try project.advocate("validate", "a")
        #expect(validated.status == 0, "stderr was:\n\(validated.stderr)")
        #expect(!validated.stderr.contains("'contacts' of"))
        let built = try project.advocate("build", "a")
        #expect(built.status == 0, "stderr was:\n\(built.stderr)")
        let list = String(decoding: try project.read("out/a/lists/members.csv"), as: UTF8.self)
        #expect(list.contains("zoe@ours.example"))
        #expect(!list.contains("ann@members.example"))
    }

    struct Mistake: CustomTestStringConvertible, Sendable {
        let name: String
        let overlay: String
        let expected: String
        var testDescription: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(name: "remove an audience not inherited", overlay: "audiences:\n  - id: members\n    remove: true\n",
                expected: "Campaigns/a.yaml:4:5: error: there is no 'members' to remove: an overlay does not inherit the 'audiences' of the campaign it extends unless its 'inherit:' names them; delete this item"),
        Mistake(name: "inherit a key that holds no people", overlay: "inherit: [audience]\n",
                expected: "Campaigns/a.yaml:3:11: error: 'inherit' is a list of the keys this overlay takes from the file it extends, among audiences, mailings, contacts, suppression; 'audience' is not one; did you mean 'audiences'?"),
        Mistake(name: "inherit written as a word", overlay: "inherit: audiences\n",
                expected: "Campaigns/a.yaml:3:10: error: 'inherit' is a list of the keys this overlay takes from the file it extends, among audiences, mailings, contacts, suppression, such as [audiences]"),
        Mistake(name: "inherit the mailings without their audience", overlay: "inherit: [mailings]\n",
                expected: "Campaigns/base.yaml:49:15: error: mailing 'launch' goes to the audience 'members', which is not in 'audiences'"),
        Mistake(name: "inherit the audiences without the contacts they draw on", overlay: "inherit: [audiences]\n",
                expected: "Campaigns/base.yaml:45:16: error: audience 'members' draws on the contacts 'members', which is not in 'contacts'"),
    ]

    @Test(arguments: mistakes)
    func aMistakeInWhatAnOverlayInheritsIsAnError(_ mistake: Mistake) throws {
        let project = try project()
        try project.campaign("a.yaml", "id: a\nextends: base\n" + mistake.overlay)
        let result = try project.advocate("validate", "a")
        #expect(!result.crashed)
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").contains(Substring(mistake.expected)), "stderr was:\n\(result.stderr)")
    }

    @Test func newWritesThePeopleAPartnerMustDeclare() throws {
        let project = try project()
        try project.campaign("base.yaml", String(decoding: try project.read("Campaigns/base.yaml"), as: UTF8.self)
            .replacingOnce("status: review\n", with: "status: review\ntemplate: { version: 1.0.0 }\n"))
        try project.write("Campaigns/partners/smart-fr.yaml", SamplePartner.yaml(id: "smart-fr", languages: "[fr]"))
        let created = try project.advocate("new", "base-fr", "--from", "base", "--partner", "smart-fr")
        #expect(created.status == 0, "stderr was:\n\(created.stderr)")
        let overlay = String(decoding: try project.read("Campaigns/base-fr.yaml"), as: UTF8.self)
        #expect(overlay.contains("# inherit: [audiences, mailings, contacts, suppression]\n"))
        #expect(overlay.contains("# To fill in: The contact exports audiences draw on. The template's: members.\n# contacts: [{ id: members, file: contacts/members.csv }]\n"))
        #expect(overlay.contains("# To fill in: Who the campaign speaks to. The template's: members.\n# audiences: "))
        #expect(overlay.contains("# To fill in: What the campaign sends to its audiences. The template's: launch.\n# mailings: "))
        #expect(overlay.contains("# suppression: contacts/suppression.csv\n"))
        #expect(overlay.contains("# Your mailings come from the sender of your partner profile: "))

        let validated = try project.advocate("validate", "--strict", "base-fr")
        #expect(validated.status == 0, "stderr was:\n\(validated.stderr)")
        let built = try project.advocate("build", "base-fr")
        #expect(built.status == 0, "stderr was:\n\(built.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/base-fr/lists").path))
    }

    @Test func theFrenchDemoOverlayListsNobodyFromTheBelgianExports() throws {
        let root = RealCampaignsTests.repositoryRoot
        let validated = try AdvocateProcess.run(["validate", "--strict", "decent-work-fr"], in: root)
        #expect(validated.status == 0, "stderr was:\n\(validated.stderr)")
        let lists = try AdvocateProcess.run(["lists", "--json", "decent-work-fr"], in: root)
        #expect(lists.status == 0, "stderr was:\n\(lists.stderr)")
        #expect(lists.stdout.contains("\"file\": \"Campaigns/contacts/smart-fr-membres.csv\""))
        for belgian in ["Campaigns/contacts/members.csv", "Campaigns/contacts/representatives.csv", "Campaigns/contacts/suppression.csv", "@members.example"] {
            #expect(!lists.stdout.contains(belgian))
        }
        let audiences = try AdvocateProcess.run(["explain", "decent-work-fr", "audiences"], in: root)
        #expect(audiences.status == 0, "stderr was:\n\(audiences.stderr)")
        #expect(!audiences.stdout.contains("members") && !audiences.stdout.contains("Campaigns/decent-work.yaml"))
        #expect(try AdvocateProcess.run(["explain", "decent-work-fr", "suppression"], in: root).status == 64)
        #expect(try AdvocateProcess.run(["explain", "decent-work-fr", "mailings.ministers-letter"], in: root).status == 64)
    }
}
