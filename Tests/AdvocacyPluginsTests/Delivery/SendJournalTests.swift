import AdvocacyCore
import AdvocacyFixtures
import AdvocateTestSupport
@testable import AdvocacyPlugins
import Foundation
import Testing

/// The send journal records intents and outcomes, and trusts no file that cannot prove it is
/// the intact journal of this mailing's plan.
struct SendJournalTests {
    /// A built mailing of `count` messages in a fresh folder, with its plan and journal location.
    private func mailing(_ count: Int = 6) throws -> (out: URL, plan: SendPlan, location: JournalLocation) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try BuiltMailing.write(to: out, campaign: "sample", mailing: "launch", recipients: BuiltMailing.recipients(count))
        return (out, try SendPlan(out: out, campaign: "sample", mailing: "launch"), JournalLocation(out: out, campaign: "sample", mailing: "launch"))
    }

    @Test func thePlanReadsEachMessagesRecipientAndMessageID() throws {
        let (_, plan, _) = try mailing(3)
        #expect(Set(plan.messages.map(\.recipient)) == ["person0@members.example", "person1@members.example", "person2@members.example"])
        #expect(plan.messages.map(\.language).sorted() == ["en", "fr", "nl"])
        #expect(Set(plan.messages.map(\.messageID)) == Set((0..<3).map { BuiltMailing.messageID(campaign: "sample", mailing: "launch", index: $0) }))
        #expect(plan.messages.allSatisfy { $0.sender == "campagnes@smart.example" })
    }

    @Test func aMessageEditedAfterTheBuildIsRefused() throws {
        let (out, plan, _) = try mailing(3)
        try Data("To: <someone@else.example>\n\nhi\n".utf8).write(to: out.appendingPathComponent("sample").appendingPathComponent(plan.messages[0].path))
        #expect { try SendPlan(out: out, campaign: "sample", mailing: "launch") } throws: { error in
            (error as? AdvocateError)?.kind == .invalidInput && "\(error)".contains("not the one the build wrote")
        }
    }

    @Test func intentsAndOutcomesAreWhatTheStatusSays() throws {
        let (_, plan, location) = try mailing(4)
        let journal = try SendJournal.create(at: location.database, plan: plan)
        let ids = plan.messages.map(\.messageID)
        try journal.recordIntent(ids[0]); try journal.recordOutcome(ids[0], .sent, reply: "250 ok")
        try journal.recordIntent(ids[1]); try journal.recordOutcome(ids[1], .temporaryFailure, reply: "451 later")
        try journal.recordIntent(ids[2])
        journal.close()
        let reopened = try SendJournal.open(location.database, campaign: "sample", mailing: "launch")
        let status = SendStatus(campaign: "sample", mailing: "launch", entries: try reopened.entries())
        #expect(status.count(.sent) == 1 && status.count(.temporaryFailure) == 1 && status.count(.ambiguous) == 1 && status.count(.planned) == 1)
        #expect(status.ambiguous.map(\.messageID) == [ids[2]])
        #expect(status.temporaryFailures.first?.reply == "451 later")
        #expect(reopened.fingerprint == plan.fingerprint)
    }

    @Test func recordsHandedInAtOnceAreAllWrittenTogether() async throws {
        let (_, plan, location) = try mailing(50)
        let journal = try SendJournal.create(at: location.database, plan: plan)
        await withThrowingTaskGroup(of: Void.self) { group in
            for message in plan.messages {
                group.addTask {
                    try await journal.record(JournalRecord(messageID: message.messageID, state: .ambiguous, reply: nil, countsAttempt: true))
                    try await journal.record(JournalRecord(messageID: message.messageID, state: .sent, reply: "250 ok", countsAttempt: false))
                }
            }
        }
        let entries = try journal.entries()
        #expect(entries.allSatisfy { $0.state == .sent && $0.attempts == 1 && $0.reply == "250 ok" })
        journal.close()
        let events = try ExternalCheck.run("sqlite3", [location.database.path, "SELECT count(*) FROM event"], in: location.folder)
        #expect(events.stdout == "100\n")
    }

    /// Ways a journal file can be wrong, each refused with exit 65 and the reason.
    static let damages: [(name: String, damage: @Sendable (URL) throws -> Void, reason: String)] = [
        ("not SQLite", { try Data(repeating: 0x41, count: 8192).write(to: $0) }, "SQLite cannot read it"),
        ("truncated", { url in
            let data = try Data(contentsOf: url)
            try data.prefix(data.count / 2).write(to: url)
        }, "cannot be trusted"),
        ("a recipient changed", { url in try sqlite(url, "UPDATE recipient SET sha256 = 'x' WHERE rowid = 1") }, "no longer add up"),
        ("a recipient removed", { url in try sqlite(url, "DELETE FROM recipient WHERE rowid = 1") }, "where its header recorded"),
        ("another schema", { url in try sqlite(url, "UPDATE header SET value = '9' WHERE key = 'schema-version'") }, "schema version 9"),
        ("another mailing", { url in try sqlite(url, "UPDATE header SET value = 'other' WHERE key = 'mailing'") }, "mailing 'other'"),
        ("no header", { url in try sqlite(url, "DROP TABLE header") }, "lacks the tables"),
    ]

    @Test(arguments: damages.indices)
    func aDamagedJournalIsRefused(_ index: Int) throws {
        let (_, plan, location) = try mailing(40)
        let journal = try SendJournal.create(at: location.database, plan: plan)
        for message in plan.messages { try journal.recordIntent(message.messageID); try journal.recordOutcome(message.messageID, .sent, reply: "250 ok") }
        journal.close()
        let damage = Self.damages[index]
        try damage.damage(location.database)
        #expect { try SendJournal.open(location.database, campaign: "sample", mailing: "launch") } throws: { error in
            guard let error = error as? AdvocateError else { return false }
            return error.kind == .invalidInput && error.message.contains("the send journal cannot be trusted") && error.message.contains(damage.reason)
        }
    }

    /// Runs `sql` on the journal with Debian's sqlite3, as someone editing it by hand would.
    private static func sqlite(_ url: URL, _ sql: String) throws {
        let result = try ExternalCheck.run("sqlite3", [url.path, sql], in: url.deletingLastPathComponent())
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.output]) }
    }

    @Test func aSecondSendOfTheMailingIsLockedOut() throws {
        let (_, _, location) = try mailing(1)
        try FileManager.default.createDirectory(at: location.folder, withIntermediateDirectories: true)
        let first = try FileLock(journal: location.lock, mailing: "launch")
        #expect { try FileLock(journal: location.lock, mailing: "launch") } throws: { ($0 as? AdvocateError)?.kind == .temporaryFailure }
        withExtendedLifetime(first) {}
    }
}
