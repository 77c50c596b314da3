import AdvocacyFixtures
import AdvocateTestSupport
import Foundation

/// A project with the sample campaign, a built mailing `launch` of `count` messages in `out/`
/// (``BuiltMailing``) and a recording sendmail stand-in, for `advocate send` tests.
final class SendProject {
    let project: TemporaryProject
    let standIn: SendmailStandIn
    let out: URL

    init(_ count: Int, campaign: String = SampleCampaign.yaml()) throws {
        project = try TemporaryProject()
        try project.campaign("sample.yaml", campaign)
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
