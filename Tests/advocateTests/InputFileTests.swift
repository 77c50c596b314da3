import AdvocacyFixtures
import Foundation
import Testing

/// Files named by a campaign, a template, a partner or the command line, through the real
/// binary: a FIFO where a file is expected is a clear error, never a hang; a link named by
/// id that leads out of the project is refused at the reference.
struct InputFileTests {
    /// A project with the sample campaign reading a contacts export and a suppression list.
    private static func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        let rows = ContactGenerator(ContactGenerator.Options()).rows(20)
        try Data(CSVExport.plain.render(header: ContactGenerator.header, rows: rows))
            .write(to: project.root.appendingPathComponent("contacts.csv"))
        try project.write("suppression.csv", "email,reason\nnobody@example.org,unsubscribed\n")
        try project.campaign("sample.yaml", SampleCampaign.yaml()
            .replacingOnce("audiences:\n  - id: members\n", with: "contacts:\n  - id: export\n    file: contacts.csv\nsuppression: suppression.csv\naudiences:\n  - id: members\n    contacts: [export]\n"))
        return project
    }

    struct Role: CustomTestStringConvertible, Sendable {
        let name: String
        /// The file made a FIFO, relative to the project root.
        let fifo: String
        /// What the project needs besides, as (path, text) pairs.
        var files: [(String, String)] = []
        let command: [String]
        let status: Int32
        /// Text the diagnostic holds, including the place it points at.
        let expected: String
        var testDescription: String { name }
    }

    static let roles: [Role] = [
        Role(name: "campaign file", fifo: "Campaigns/piped.yaml", command: ["validate"], status: 65,
             expected: "error: the campaign file 'Campaigns/piped.yaml' is a FIFO (named pipe), not a regular file"),
        Role(name: "extends target", fifo: "Campaigns/templates/base.yaml",
             files: [("Campaigns/child.yaml", "id: child\nextends: base\n")], command: ["validate", "Campaigns/child.yaml"], status: 65,
             expected: "Campaigns/child.yaml:2:10: error: the extended file 'Campaigns/templates/base.yaml' is a FIFO (named pipe)"),
        Role(name: "translations file", fifo: "Campaigns/translations/sample.yaml", command: ["validate", "sample"], status: 65,
             expected: "Campaigns/translations/sample.yaml:1:1: error: the translations file 'Campaigns/translations/sample.yaml' is a FIFO"),
        Role(name: "allowed-plugins.yaml", fifo: "allowed-plugins.yaml", command: ["validate", "sample"], status: 65,
             expected: "allowed-plugins.yaml:1:1: error: the plugin allowlist 'allowed-plugins.yaml' is a FIFO"),
        Role(name: "partner profile", fifo: "Campaigns/partners/smart-be.yaml", command: ["validate", "sample"], status: 65,
             expected: "Campaigns/sample.yaml:7:10: error: the partner profile 'Campaigns/partners/smart-be.yaml' is a FIFO"),
        Role(name: "contacts file", fifo: "contacts.csv", command: ["lists", "sample"], status: 65,
             expected: "error: the contacts file 'contacts.csv' is a FIFO"),
        Role(name: "suppression file", fifo: "suppression.csv", command: ["lists", "sample"], status: 65,
             expected: "error: the contacts file 'suppression.csv' is a FIFO"),
        Role(name: "logo", fifo: "logo.svg", files: [("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "logo: logo.svg\n")],
             command: ["validate", "sample"], status: 65, expected: "Campaigns/partners/smart-be.yaml:10:7: error: the logo 'logo.svg' is a FIFO"),
        Role(name: "layout", fifo: "layout.html.mustache", files: [("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "layout: layout.html.mustache\n")],
             command: ["build", "sample", "--lang", "en"], status: 65, expected: "error: the layout 'layout.html.mustache' is a FIFO"),
        Role(name: "translated file to import", fifo: "nl.po", command: ["i18n", "import", "nl.po"], status: 65,
             expected: "error: the translated file 'nl.po' is a FIFO"),
    ]

    @Test(arguments: roles)
    func aFIFOIsRefusedWithoutWaiting(_ role: Role) throws {
        let project = try Self.project()
        for (path, text) in role.files { try project.write(path, text) }
        let fifo = project.root.appendingPathComponent(role.fifo)
        try FileManager.default.createDirectory(at: fifo.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: fifo)
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let result = try AdvocateProcess.run(role.command, in: project.root, timeout: .seconds(20))
        #expect(!result.crashed)
        #expect(result.status == role.status, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains(role.expected), "stderr was:\n\(result.stderr)")
    }

    @Test func aFileLargerThanAnyCampaignIsRefusedUnread() throws {
        let project = try TemporaryProject()
        let file = try project.campaign("huge.yaml", "id: huge\n")
        #expect(truncate(project.root.appendingPathComponent(file).path, 65 << 20) == 0)  // sparse: costs no disk
        let result = try project.advocate("validate", file)
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: the campaign file 'Campaigns/huge.yaml' is larger than 64 MiB"), "stderr was:\n\(result.stderr)")
    }

    struct Link: CustomTestStringConvertible, Sendable {
        let name: String
        /// The link, relative to the project root; it points at a valid file outside the project.
        let link: String
        /// What the outside file holds.
        let outside: String
        var files: [(String, String)] = []
        let command: [String]
        let expected: String
        var testDescription: String { name }
    }

    static let links: [Link] = [
        Link(name: "extends by id", link: "Campaigns/templates/evil-link.yaml", outside: "id: evil-link\n",
             files: [("Campaigns/child.yaml", "id: child\nextends: evil-link\n")], command: ["validate", "Campaigns/child.yaml"],
             expected: "Campaigns/child.yaml:2:10: error: the extended campaign 'Campaigns/templates/evil-link.yaml' is a link to a place outside the project folder"),
        Link(name: "partner profile by id", link: "Campaigns/partners/smart-be.yaml", outside: SamplePartner.yaml(),
             files: [("Campaigns/sample.yaml", SampleCampaign.yaml())], command: ["validate", "sample"],
             expected: "Campaigns/sample.yaml:7:10: error: the partner profile 'Campaigns/partners/smart-be.yaml' is a link to a place outside the project folder"),
        Link(name: "translations file", link: "Campaigns/translations/sample.yaml", outside: "sources: {}\ntranslations: {}\n",
             files: [("Campaigns/sample.yaml", SampleCampaign.yaml())], command: ["validate", "sample"],
             expected: "Campaigns/translations/sample.yaml:1:1: error: the translations file 'Campaigns/translations/sample.yaml' is a link to a place outside the project folder"),
    ]

    @Test(arguments: links)
    func aLinkNamedByIDCannotLeadOutOfTheProject(_ link: Link) throws {
        let project = try TemporaryProject()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-outside-\(UUID().uuidString).yaml")
        try Data(link.outside.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        for (path, text) in link.files { try project.write(path, text) }
        let url = project.root.appendingPathComponent(link.link)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: outside)
        let result = try AdvocateProcess.run(link.command, in: project.root)
        #expect(!result.crashed)
        #expect(result.status == 65, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains(link.expected), "stderr was:\n\(result.stderr)")
    }

    @Test func aLinkInsideTheProjectIsFollowed() throws {
        let project = try TemporaryProject()
        try project.write("shared/base.yaml", "id: base\n")
        try project.write("Campaigns/sample.yaml", SampleCampaign.yaml().replacingOnce("partner: smart-be\n", with: "partner: smart-be\nextends: base\n"))
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("Campaigns/templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("Campaigns/templates/base.yaml").path, withDestinationPath: "../../shared/base.yaml")
        let result = try project.advocate("validate", "sample")
        #expect(!result.stderr.contains("outside the project"), "stderr was:\n\(result.stderr)")
    }
}
