import AdvocacyFixtures
import AdvocateTestSupport
import Foundation
import Testing

/// `advocate send` to a real SMTP relay on loopback (aiosmtpd, `Tests/Harness/smtp_relay.py`):
/// every message arrives once with the body built, a connection lost after the data leaves the
/// recipient ambiguous, and a relay that is not there is unavailable.
struct SendRelayTests {
    private func send(_ project: SendProject, port: Int, _ arguments: String...) throws -> ProcessResult {
        try project.project.advocate(["send", "sample", "--mailing", "launch", "--via", "smtp://127.0.0.1:\(port)", "--insecure"] + arguments)
    }

    @Test func everyMessageArrivesOnceAsBuilt() throws {
        let project = try SendProject(12)
        let relay = try LoopbackRelay(in: project.project.root, security: .none)
        let result = try send(project, port: relay.port)
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let messages = try relay.messages()
        #expect(messages.flatMap(\.recipients).sorted() == (0..<12).map(SendProject.address).sorted())
        for message in messages {
            let index = Int(message.recipients[0].dropFirst("person".count).prefix { $0.isNumber })!
            #expect(message.bytesWithLF == (try project.built(index)), "the message to \(message.recipients[0]) is not the one built")
            #expect(message.sender == "campagnes@smart.example")
        }
        #expect(try send(project, port: relay.port).status == 0)
        #expect(try relay.messages().count == 12)
    }

    @Test func aConnectionLostAfterTheDataLeavesTheRecipientAmbiguous() throws {
        let project = try SendProject(3)
        let relay = try LoopbackRelay(in: project.project.root, security: .none)
        try relay.control(#"{"drop_after_data": ["person1@members.example"]}"#)
        let result = try send(project, port: relay.port)
        #expect(result.status == 75, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("1 ambiguous (check, then --resend-ambiguous)"))
        let ambiguous = try project.status()["ambiguous"] as? [[String: Any]] ?? []
        #expect(ambiguous.compactMap { $0["address"] as? String } == ["person1@members.example"])
        #expect(try project.count("sent") == 2)
        // The relay has it: a plain resume does not send it again.
        try relay.control("{}")
        #expect(try send(project, port: relay.port).status == 75)
        #expect(try relay.messages().filter { $0.recipients == ["person1@members.example"] }.count == 1)
    }

    @Test func aRelayThatIsNotThereIsUnavailable() throws {
        let project = try SendProject(3)
        // A port nothing listens on: the relay's, once it is gone.
        let port = try { let relay = try LoopbackRelay(in: project.project.root, security: .none); return relay.port }()
        let result = try send(project, port: port, "--attempts", "1")
        #expect(result.status == 69, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("the relay is unavailable"))
        #expect(try project.count("sent") == 0)
    }
}
