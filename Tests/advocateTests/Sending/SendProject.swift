import AdvocacyFixtures
import AdvocateTestSupport
import Foundation
import Testing

/// A project with the sample campaign ready to mail its `count` members (so that the pre-send
/// check passes), a built mailing `launch` of one message each in `out/` (``BuiltMailing``) and
/// a recording sendmail stand-in, for `advocate send` tests.
final class SendProject {
    let project: TemporaryProject
    let standIn: SendmailStandIn
    let out: URL

    /// The project; with `suppression`, the campaign has a suppression list holding one
    /// address of no member.
    init(_ count: Int, suppression: Bool = false, edit: (String) -> String = { $0 }) throws {
        project = try TemporaryProject()
        let members = BuiltMailing.recipients(count).map { "\($0.address),Person,Number,,,,\($0.language),\n" }.joined()
        try project.write("Campaigns/contacts/people.csv", "Email,First name,Last name,Gender,Role,Salutation,Language,Note\n" + members)
        let suppressionLine = suppression ? "suppression: Campaigns/contacts/suppression.csv\n" : ""
        if suppression {
            try project.write("Campaigns/contacts/suppression.csv", "email,reason,date\nformer@elsewhere.example,unsubscribed,2024-01-01\n")
        }
        try project.campaign("sample.yaml", edit(SampleCampaign.readyToMail(SampleCampaign.yaml()).replacingOnce(
            "audiences:\n  - id: members\n",
            with: "contacts:\n  - id: people\n    file: Campaigns/contacts/people.csv\n\(suppressionLine)audiences:\n  - id: members\n    contacts: [people]\n")))
        out = project.root.appendingPathComponent("out")
        try BuiltMailing.write(to: out, campaign: "sample", mailing: "launch", recipients: BuiltMailing.recipients(count))
        standIn = try SendmailStandIn(in: project.root)
    }

    /// Builds the mailing again for `count` recipients, with `body` as each message's text.
    func rebuild(_ count: Int, body: @escaping (Int) -> String) throws {
        try FileManager.default.removeItem(at: out.appendingPathComponent("sample"))
        try BuiltMailing.write(to: out, campaign: "sample", mailing: "launch", recipients: BuiltMailing.recipients(count), body: body)
    }

    /// `advocate send sample --mailing launch --via sendmail:STAND-IN arguments…`.
    func send(_ arguments: String..., environment: [String: String] = [:]) throws -> ProcessResult {
        try project.advocate(["send", "sample", "--mailing", "launch", "--via", "sendmail:\(standIn.program.path)"] + arguments, environment: environment)
    }

    /// The journal's summary, as `--status --json` prints it.
    func status() throws -> [String: Any] {
        let result = try project.advocate("send", "sample", "--mailing", "launch", "--status", "--json")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// The count of recipients in the state `name` (`sent`, `pending`, `ambiguous` …).
    func count(_ name: String) throws -> Int {
        ((try status())["counts"] as? [String: Int])?[name] ?? -1
    }

    /// How many times the stand-in took a message for each recipient (it read it and exited 0).
    func received() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for run in try standIn.runs() where run.readInput && run.exit == 0 {
            counts[run.arguments.last ?? "", default: 0] += 1
        }
        return counts
    }

    /// The bytes `build` wrote for the message to the recipient at `index`.
    func built(_ index: Int) throws -> [UInt8] {
        let language = ["fr", "nl", "en"][index % 3]
        return Array(try Data(contentsOf: out.appendingPathComponent("sample/mailings/launch/\(language)/\(index).eml")))
    }

    /// The address of the recipient at `index`.
    static func address(_ index: Int) -> String { "person\(index)@members.example" }
}
