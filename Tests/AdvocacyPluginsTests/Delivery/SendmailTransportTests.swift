import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// What only the sendmail transport does, against the recording stand-in.
@Suite("sendmail transport")
struct SendmailTransportTests {
    static func envelope(_ recipient: String, body: String = "Bonjour\n") throws -> Envelope {
        try Envelope(
            sender: "bounces@smart.example", recipient: recipient,
            message: Array("Subject: s\n\n\(body)".utf8), messageID: "m@smart.example")
    }

    @Test("the program gets -i, -f and the sender, -- and the recipient, as arguments, and the message on its input")
    func arguments() async throws {
        let project = try TemporaryProject()
        let standIn = try SendmailStandIn(in: project.root)
        let transport = try SendmailTransport(program: standIn.program.path, settings: TransportSettings(workingDirectory: project.root))
        let envelope = try Self.envelope("ann@example.org", body: ".\nline; $(touch pwned) `x`\n")
        let result = await transport.deliver(envelope)
        await transport.close()
        #expect(result.isSent, "\(result)")
        let run = try #require(try standIn.runs().first)
        #expect(run.arguments == ["-i", "-f", "bounces@smart.example", "--", "ann@example.org"])
        #expect(run.input == envelope.message)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("pwned").path))
    }

    static let exits: [(control: String, outcome: String)] = [
        (#"{"exit": {"*": 0}}"#, "sent"),
        (#"{"exit": {"*": 75}}"#, "temporary"),
        (#"{"exit": {"*": 1}}"#, "permanent"),
        (#"{"exit": {"*": 67}}"#, "permanent"),
        (#"{"ignore_input": ["ann@example.org"]}"#, "temporary"),
    ]

    @Test("exit 0 is sent, 75 temporary, others permanent; exiting without reading a large message is not sent", arguments: exits)
    func exitStatus(control: String, outcome: String) async throws {
        let project = try TemporaryProject()
        let standIn = try SendmailStandIn(in: project.root)
        try standIn.control(control)
        let transport = try SendmailTransport(program: standIn.program.path, settings: TransportSettings(workingDirectory: project.root))
        // Larger than a pipe holds, so that a program that does not read cannot take it all.
        let result = await transport.deliver(try Self.envelope("ann@example.org", body: String(repeating: "économie sociale\n", count: 40_000)))
        await transport.close()
        switch (result, outcome) {
        case (.sent, "sent"), (.temporaryFailure, "temporary"), (.permanentFailure, "permanent"): break
        default: Issue.record("expected \(outcome), got \(result)")
        }
        #expect(result.reply.code == nil)
        #expect(result.reply.step == .message)
    }

    @Test("a program that is not there is unavailable (69) before anything is sent")
    func missingProgram() {
        #expect(throws: AdvocateError(.unavailable, "the sendmail program '/nonexistent/sendmail' does not exist or is not executable; check the path")) {
            try TransportAddress(parsing: "sendmail:/nonexistent/sendmail").makeTransport(settings: TransportSettings())
        }
    }
}
