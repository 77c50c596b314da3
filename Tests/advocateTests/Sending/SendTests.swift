import AdvocacyFixtures
import AdvocateTestSupport
import Foundation
import Testing

/// `advocate send` through the real binary and a recording sendmail stand-in: every recipient
/// once, resumable, failures and unknowns kept for a decision, nothing sent when a check fails.
struct SendTests {
    @Test func everyMessageGoesOnceAndAResumeSendsNothingMore() throws {
        let send = try SendProject(9)
        let first = try send.send()
        #expect(first.status == 0, "stderr was:\n\(first.stderr)")
        #expect(first.stdout.hasPrefix("sample/launch: 9 recipients: 0 pending, 0 ambiguous, 9 sent, 0 temporary-failure, 0 permanent-failure"))
        #expect(try send.received() == Dictionary(uniqueKeysWithValues: (0..<9).map { (SendProject.address($0), 1) }))
        for run in try send.standIn.runs() {
            let index = Int(run.arguments.last!.dropFirst("person".count).prefix { $0.isNumber })!
            #expect(run.input == (try send.built(index)), "the message to \(run.arguments.last!) is not the one built")
            #expect(run.arguments.contains("campagnes@smart.example"))
        }
        let again = try send.send()
        #expect(again.status == 0, "stderr was:\n\(again.stderr)")
        #expect(try send.standIn.runs().count == 9)
        #expect(try send.count("sent") == 9)
    }

    @Test func aTemporaryFailureIsRetriedOnlyWithRetryFailed() throws {
        let send = try SendProject(3)
        try send.standIn.control(#"{"exit": {"person1@members.example": 75}}"#)
        let first = try send.send("--attempts", "2", "--burst", "10")
        #expect(first.status == 75, "stderr was:\n\(first.stderr)")
        #expect(first.stderr.contains("1 failed for now (--retry-failed)"))
        #expect(try send.count("temporary-failure") == 1)
        #expect(try send.standIn.runs().filter { $0.arguments.last == SendProject.address(1) }.count == 2)

        let plain = try send.send()
        #expect(plain.status == 75)
        #expect(try send.standIn.runs().filter { $0.arguments.last == SendProject.address(1) }.count == 2)

        try send.standIn.control("{}")
        let retried = try send.send("--retry-failed")
        #expect(retried.status == 0, "stderr was:\n\(retried.stderr)")
        #expect(try send.received() == Dictionary(uniqueKeysWithValues: (0..<3).map { (SendProject.address($0), 1) }))
    }

    @Test func aRefusalIsRecordedForGoodAndNeverRetried() throws {
        let send = try SendProject(3)
        try send.standIn.control(#"{"exit": {"person2@members.example": 1}}"#)
        let first = try send.send()
        #expect(first.status == 0, "stderr was:\n\(first.stderr)")
        #expect(first.stdout.contains("person2@members.example\tpermanent failure"))
        let retried = try send.send("--retry-failed")
        #expect(retried.status == 0)
        #expect(try send.standIn.runs().count == 3)
    }

    @Test func anAddressNoRelayMayBeGivenIsRefusedForGoodAndTheOthersStillGo() throws {
        let send = try SendProject(3)
        try FileManager.default.removeItem(at: send.out.appendingPathComponent("sample"))
        try BuiltMailing.write(to: send.out, campaign: "sample", mailing: "launch",
                               recipients: [("person0@members.example", "fr"), ("-oX@members.example", "nl"), ("person2@members.example", "en")])
        let result = try send.send()
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(result.stdout.contains("-oX@members.example\tpermanent failure"))
        #expect(try send.received() == ["person0@members.example": 1, "person2@members.example": 1])
        #expect(try send.standIn.runs().allSatisfy { !$0.arguments.contains("-oX@members.example") })
    }

    @Test func ctrlCStopsAfterTheMessageUnderWayAndLeavesNobodyAmbiguous() throws {
        let send = try SendProject(20)
        let running = try AdvocateProcess.start(
            ["send", "sample", "--mailing", "launch", "--via", "sendmail:\(send.standIn.program.path)", "--rate", "4", "--connections", "1"],
            in: send.project.root, environment: send.project.environment)
        // Two messages in (the rate spaces them 250 ms apart), Ctrl-C.
        while (try send.received().count) < 2 { usleep(20_000) }
        kill(running.processIdentifier, SIGINT)
        let result = running.wait(timeout: .seconds(30))
        #expect(result.status == 75, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("the send stopped: interrupted"))
        #expect(try send.count("ambiguous") == 0)
        let sent = try send.count("sent")
        #expect(sent >= 2 && sent < 20)
        #expect(try send.received().count == sent)
        #expect(try send.count("pending") == 20 - sent)
    }

    @Test func aMailingRebuiltWithOtherContentIsRefusedUntilRestart() throws {
        let send = try SendProject(3)
        #expect(try send.send().status == 0)
        try send.rebuild(4) { "Bonjour, version 2 du message \($0).\n" }
        let refused = try send.send()
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("was built again with different messages or recipients since sending began"))
        #expect(refused.stderr.contains("--restart"))
        #expect(try send.standIn.runs().count == 3)

        let restarted = try send.send("--restart")
        #expect(restarted.status == 0, "stderr was:\n\(restarted.stderr)")
        // Those the old journal shows as sent are not sent again; the new recipient is.
        #expect(try send.received() == Dictionary(uniqueKeysWithValues: (0..<4).map { (SendProject.address($0), 1) }))
        let archived = try FileManager.default.contentsOfDirectory(atPath: send.out.appendingPathComponent(".send/sample").path)
        #expect(archived.contains { $0.hasPrefix("launch.") && $0.hasSuffix(".sqlite") && $0 != "launch.sqlite" })
    }

    @Test func aSecondSendOfTheMailingWaitsForTheFirst() throws {
        let send = try SendProject(2)
        let folder = send.out.appendingPathComponent(".send/sample")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(folder.appendingPathComponent("launch.lock").path, O_RDWR | O_CREAT, 0o600)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        let locked = try send.send()
        #expect(locked.status == 75)
        #expect(locked.stderr.contains("another 'advocate send' of the mailing 'launch' is running"))
        #expect(try send.standIn.runs().isEmpty)
    }

    @Test func aDryRunChecksAndSendsNothing() throws {
        let send = try SendProject(3)
        let dry = try send.send("--dry-run")
        #expect(dry.status == 0, "stderr was:\n\(dry.stderr)")
        #expect(dry.stdout.hasPrefix("dry run: 3 messages checked, 3 would be sent"))
        #expect(try send.standIn.runs().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: send.out.appendingPathComponent(".send/sample/launch.sqlite").path))
    }

    @Test func aDamagedJournalIsRefusedAndNothingIsSent() throws {
        let send = try SendProject(3)
        #expect(try send.send().status == 0)
        let journal = send.out.appendingPathComponent(".send/sample/launch.sqlite")
        let bytes = try Data(contentsOf: journal)
        try bytes.prefix(bytes.count / 2).write(to: journal)
        try send.rebuild(3) { "Bonjour, message \($0).\n" }
        let refused = try send.send("--retry-failed", "--resend-ambiguous")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("the send journal cannot be trusted"))
        #expect(try send.standIn.runs().count == 3)
    }

    @Test func aProofGoesToTheSenderInEachLanguageAndToNoRecipient() throws {
        let send = try SendProject(6)
        let proof = try send.send("--proof", "me@smart.example")
        #expect(proof.status == 0, "stderr was:\n\(proof.stderr)")
        let runs = try send.standIn.runs()
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { $0.arguments.last == "me@smart.example" })
        #expect(proof.stdout.split(separator: "\n").map { $0.prefix(8) }.sorted() == ["proof en", "proof fr", "proof nl"])
        #expect(!FileManager.default.fileExists(atPath: send.out.appendingPathComponent(".send/sample/launch.sqlite").path))
    }

    @Test func aMessageWhoseFateIsUnknownIsResentOnlyWhenAskedUnderTheSameMessageID() throws {
        let send = try SendProject(3)
        // Step 2 is the first message handed over, its outcome not yet recorded.
        let killed = try send.send("--connections", "1", environment: ["ADVOCATE_TEST_KILL_AFTER": "2"])
        #expect(killed.crashed)
        #expect(try send.count("ambiguous") == 1)
        let resumed = try send.send()
        #expect(resumed.status == 75)
        #expect(resumed.stderr.contains("1 recipients are ambiguous"))
        #expect(try send.count("sent") == 2)
        let ambiguous = try send.status()["ambiguous"] as? [[String: Any]] ?? []
        let recipient = try #require(ambiguous.first?["address"] as? String)
        #expect(try send.received()[recipient] == 1)

        let resent = try send.send("--resend-ambiguous")
        #expect(resent.status == 0, "stderr was:\n\(resent.stderr)")
        let copies = try send.standIn.runs().filter { $0.arguments.last == recipient }
        #expect(copies.count == 2)
        #expect(copies[0].input == copies[1].input)
    }
}
