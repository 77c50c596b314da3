import AdvocacyCore
import AdvocacyFixtures
@testable import AdvocacyPlugins
import Foundation
import Testing

/// Returned mail is matched to sent messages by Message-ID; permanent failures and complaints
/// reach the suppression list once each, safely; anything else is listed, never guessed at.
struct BounceReadingTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bounces-\(UUID().uuidString)")

    /// A mailing of 4 whose first 3 messages the journal shows as sent.
    private func sentMailing() throws -> (journals: [URL], ids: [String]) {
        let out = folder.appendingPathComponent("out")
        try BuiltMailing.write(to: out, campaign: "sample", mailing: "launch", recipients: BuiltMailing.recipients(4))
        let plan = try SendPlan(out: out, campaign: "sample", mailing: "launch")
        let journal = try SendJournal.create(at: JournalLocation(out: out, campaign: "sample", mailing: "launch").database, plan: plan)
        let ids = (0..<4).map { BuiltMailing.messageID(campaign: "sample", mailing: "launch", index: $0) }
        for id in ids.prefix(3) { try journal.recordIntent(id); try journal.recordOutcome(id, .sent, reply: "250 ok") }
        journal.close()
        return (JournalLocation.journals(out: out, campaign: "sample"), ids)
    }

    private let today = CalendarDay(year: 2024, month: 11, day: 4)!

    @Test func anMboxOfReportsSuppressesFailuresAndComplaintsAndCountsTheRest() throws {
        let (journals, ids) = try sentMailing()
        let mbox = folder.appendingPathComponent("returned.mbox")
        try Data(ReturnedMailSample.mbox([
            ReturnedMailSample.deliveryStatus(messageID: ids[0], recipient: "person0@members.example"),
            ReturnedMailSample.deliveryStatus(messageID: ids[1], recipient: "person1@members.example", action: "delayed", status: "4.4.7"),
            ReturnedMailSample.complaint(messageID: ids[2], recipient: "person2@members.example"),
            ReturnedMailSample.deliveryStatus(messageID: "stranger@elsewhere.example", recipient: "x@elsewhere.example"),
            "From: friend@example.org\nSubject: hello\n\nFrom the desk of a friend.\n",
        ]).utf8).write(to: mbox)
        let suppression = folder.appendingPathComponent("suppression.csv")
        let report = try BounceReading(campaign: "sample", journals: journals).read(mailboxes: [mbox.path], suppression: suppression, today: today)
        let written = try Data(contentsOf: suppression)
        #expect(report.found.map(\.kind) == ["permanent-failure", "temporary-failure", "complaint"])
        #expect(report.found.map(\.recipient) == ["person0@members.example", "person1@members.example", "person2@members.example"])
        #expect(report.found.first?.detail == "5.1.1")
        #expect(report.temporary == 1)
        #expect(report.unmatched.count == 2)
        #expect(report.unmatched.first?.messageID == "stranger@elsewhere.example")
        #expect(report.suppressed == ["person0@members.example", "person2@members.example"])
        #expect(String(decoding: written, as: UTF8.self)
            == "email,reason,date\nperson0@members.example,bounced,2024-11-04\nperson2@members.example,complained,2024-11-04\n")

        // Read again: nobody is added twice.
        let again = try BounceReading(campaign: "sample", journals: journals).read(mailboxes: [mbox.path], suppression: suppression, today: today)
        #expect(again.suppressed.isEmpty)
        #expect(try Data(contentsOf: suppression) == written)
    }

    @Test func aMaildirIsReadFromNewAndCur() throws {
        let (journals, ids) = try sentMailing()
        let maildir = folder.appendingPathComponent("Maildir")
        for sub in ["new", "cur", "tmp"] { try FileManager.default.createDirectory(at: maildir.appendingPathComponent(sub), withIntermediateDirectories: true) }
        try Data(ReturnedMailSample.deliveryStatus(messageID: ids[0], recipient: "person0@members.example").utf8).write(to: maildir.appendingPathComponent("new/1.host"))
        try Data(ReturnedMailSample.complaint(messageID: ids[1], recipient: "person1@members.example").utf8).write(to: maildir.appendingPathComponent("cur/2.host:2,S"))
        let suppression = folder.appendingPathComponent("suppression.csv")
        let report = try BounceReading(campaign: "sample", journals: journals).read(mailboxes: [maildir.path], suppression: suppression, today: today)
        #expect(Set(report.suppressed) == ["person0@members.example", "person1@members.example"])
    }

    /// A FIFO named as a mailbox is refused as not a file (65), before anything reads it.
    @Test func aFIFOForAMailboxIsRefusedNotWaitedOn() throws {
        let (journals, _) = try sentMailing()
        let fifo = folder.appendingPathComponent("returned.mbox")
        try #require(mkfifo(fifo.path, 0o600) == 0)
        let suppression = folder.appendingPathComponent("suppression.csv")
        #expect {
            try BounceReading(campaign: "sample", journals: journals).read(mailboxes: [fifo.path], suppression: suppression, today: today)
        } throws: { error in
            (error as? AdvocateError)?.kind == .invalidInput
        }
        #expect(!FileManager.default.fileExists(atPath: suppression.path))
    }

    @Test func theListsOwnColumnsAndDelimiterAreKeptAndFormulasNeutralised() throws {
        let suppression = folder.appendingPathComponent("suppression.csv")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Courriel;Raison;Note;Depuis\r\nold@members.example;unsubscribed;;2024-01-01\r\n".utf8).write(to: suppression)
        let added = try SuppressionAppender(file: suppression).append([
            .init(address: "OLD@members.example", reason: .bounced, since: today),
            .init(address: "+news@members.example", reason: .complained, since: today),
            .init(address: "not an address", reason: .bounced, since: today),
        ])
        #expect(added.map(\.address) == ["+news@members.example"])
        #expect(String(decoding: try Data(contentsOf: suppression), as: UTF8.self)
            == "Courriel;Raison;Note;Depuis\r\nold@members.example;unsubscribed;;2024-01-01\r\n'+news@members.example;complained;;2024-11-04\r\n")
    }

    @Test func aListOfAHeaderAloneGetsItsFirstRows() throws {
        let suppression = folder.appendingPathComponent("suppression.csv")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("email;reason;date\n".utf8).write(to: suppression)
        let added = try SuppressionAppender(file: suppression).append([.init(address: "a@members.example", reason: .bounced, since: today)])
        #expect(added.count == 1)
        #expect(String(decoding: try Data(contentsOf: suppression), as: UTF8.self) == "email;reason;date\na@members.example;bounced;2024-11-04\n")
    }

    @Test func noSuppressionListIsAnErrorThatSaysWhatToAdd() throws {
        let (journals, ids) = try sentMailing()
        let mbox = folder.appendingPathComponent("returned.mbox")
        try Data(ReturnedMailSample.mbox([ReturnedMailSample.deliveryStatus(messageID: ids[0], recipient: "person0@members.example")]).utf8).write(to: mbox)
        #expect { try BounceReading(campaign: "sample", journals: journals).read(mailboxes: [mbox.path], suppression: nil, today: today) } throws: { error in
            (error as? AdvocateError)?.kind == .invalidInput && "\(error)".contains("add 'suppression: contacts/suppression.csv'")
        }
    }

    /// Hostile returned mail: deep nesting, endless parts, a header without end. Each is read
    /// within bounds and reported as not matched.
    static let hostile: [String: String] = [
        "nested": String(repeating: "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n", count: 2_000),
        "many parts": "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n" + String(repeating: "--b\nContent-Type: text/plain\n\nx\n", count: 50_000),
        "long header": "Subject: " + String(repeating: "a", count: 1_000_000) + "\n\nbody\n",
        "no colon": "this is not a header\n\nbody\n",
    ]

    @Test(arguments: hostile.keys.sorted())
    func hostileMailIsReadWithinBounds(_ name: String) throws {
        let message = try #require(Self.hostile[name])
        let (journals, _) = try sentMailing()
        let mbox = folder.appendingPathComponent("\(name).mbox")
        try Data(ReturnedMailSample.mbox([message]).utf8).write(to: mbox)
        let report = try BounceReading(campaign: "sample", journals: journals).read(mailboxes: [mbox.path], suppression: nil, today: today)
        #expect(report.found.isEmpty)
        #expect(report.unmatched.count == 1)
    }
}
