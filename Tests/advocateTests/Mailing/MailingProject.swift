import AdvocacyFixtures
import Foundation
import Testing

/// A project whose sample campaign mails its audience `members`, drawn from
/// `Campaigns/contacts/people.csv`: the campaign's mailing `launch` with the subject, body and
/// extra keys a test gives.
struct MailingProject {
    static let header = "Email,First name,Last name,Gender,Role,Salutation,Language,Note\n"

    let project: TemporaryProject

    /// `rows` under ``header``; `subject` and `body` as YAML values; `keys` added to the
    /// mailing, `audienceKeys` to the audience, each line indented as the item's keys are.
    init(rows: String, subject: String = "{ fr: Lancement, nl: Lancering, en: Launch }",
         body: String = "{ fr: Bonjour, nl: Hallo, en: Hello }", keys: String = "", audienceKeys: String = "") throws {
        project = try TemporaryProject()
        try project.write("Campaigns/contacts/people.csv", Self.header + rows)
        let yaml = SampleCampaign.readyToMail(SampleCampaign.yaml())
            .replacingOnce("audiences:\n  - id: members\n", with: "contacts:\n  - id: people\n    file: Campaigns/contacts/people.csv\naudiences:\n  - id: members\n    contacts: [people]\n\(audienceKeys)")
            .replacingOnce("    subject: { fr: Lancement, nl: Lancering, en: Launch }\n    body: { fr: Bonjour, nl: Hallo, en: Hello }\n",
                           with: "\(keys)    subject: \(subject)\n    body: \(body)\n")
        try project.campaign("sample.yaml", yaml)
    }

    /// Runs `advocate` in the project.
    func advocate(_ arguments: String..., environment: [String: String] = [:]) throws -> ProcessResult {
        try project.advocate(arguments, environment: environment)
    }

    /// The messages of mailing `launch` the last build wrote, as Python reads them.
    func messages() throws -> [MailReader.Message] {
        try MailReader.messages(in: "out/sample/mailings", of: project.root)
    }

    /// The text of a file of the project.
    func text(_ path: String) throws -> String {
        String(decoding: try project.read(path), as: UTF8.self)
    }

    /// Whether the build wrote `path` under `out/sample/`.
    func wrote(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample/\(path)").path)
    }
}
