public import AdvocacyCore
public import Foundation
import GRDB

/// The send journal of one mailing: SQLite in WAL mode with `synchronous=FULL`, so that what it
/// recorded survives a kill or a power cut. It holds the plan (every recipient, the fixed
/// Message-ID and content hash of their message), then for each attempt an intent written before
/// the message goes out and the outcome written after, with the relay's reply. Never a password.
///
/// A journal is trusted only after it proves itself: SQLite's integrity check passes, its header
/// names this schema version, campaign and mailing, and its recipients still add up to the
/// fingerprint its header recorded. Anything else is refused with an error, never repaired.
public final class SendJournal: Sendable {
    /// The version of the tables below; a journal of another version is refused.
    static let schemaVersion = "1"

    /// The SQLite file.
    public let url: URL
    /// The fingerprint of the plan the journal was created for (``SendPlan/fingerprint``).
    public let fingerprint: String
    let queue: DatabaseQueue
    /// Where concurrent senders' records meet to be written together.
    let groupCommit: JournalGroupCommit

    private init(url: URL, queue: DatabaseQueue, fingerprint: String) {
        self.url = url
        self.queue = queue
        self.fingerprint = fingerprint
        groupCommit = JournalGroupCommit()
        groupCommit.journal = self
    }

    /// Creates the journal of `plan` at `url`, all at once: it is written under a temporary name
    /// and renamed into place, so a kill while creating it leaves no journal rather than half of
    /// one. Recipients in `alreadySent` (address, lowercased → why) start as sent.
    public static func create(at url: URL, plan: SendPlan, alreadySent: [String: String] = [:]) throws(AdvocateError) -> SendJournal {
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: partial)
            let queue = try DatabaseQueue(path: partial.path)
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE header(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    CREATE TABLE recipient(
                        messageID TEXT PRIMARY KEY NOT NULL, address TEXT NOT NULL, language TEXT NOT NULL,
                        path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('planned', 'intent', 'sent', 'temporary', 'permanent')),
                        attempts INTEGER NOT NULL DEFAULT 0, reply TEXT);
                    CREATE TABLE event(
                        id INTEGER PRIMARY KEY, messageID TEXT NOT NULL REFERENCES recipient(messageID),
                        kind TEXT NOT NULL, reply TEXT, at TEXT NOT NULL);
                    """)
                let header = [
                    ("schema-version", schemaVersion), ("campaign", plan.campaign), ("mailing", plan.mailing),
                    ("plan-sha256", plan.fingerprint), ("recipients", String(plan.messages.count)),
                ]
                for (key, value) in header {
                    try db.execute(sql: "INSERT INTO header(key, value) VALUES (?, ?)", arguments: [key, value])
                }
                let now = Self.timestamp()
                for message in plan.messages {
                    let earlier = alreadySent[message.recipient.lowercased()]
                    try db.execute(
                        sql: "INSERT INTO recipient(messageID, address, language, path, sha256, state, reply) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        arguments: [message.messageID, message.recipient, message.language, message.path, message.sha256,
                                    earlier == nil ? JournalState.planned.rawValue : JournalState.sent.rawValue, earlier])
                    if let earlier {
                        try db.execute(sql: "INSERT INTO event(messageID, kind, reply, at) VALUES (?, 'carried-over', ?, ?)",
                                       arguments: [message.messageID, earlier, now])
                    }
                }
            }
            try queue.close()
            guard rename(partial.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw AdvocateError(.cannotCreateOutput, "cannot create the send journal '\(Project.displayPath(url))': \(error)")
        }
        return try open(url, campaign: plan.campaign, mailing: plan.mailing)
    }

    /// Opens the journal at `url` and checks it; throws `invalidInput` (exit 65) for a journal
    /// that is damaged, of another schema, or of another campaign or mailing.
    public static func open(_ url: URL, campaign: String, mailing: String, readOnly: Bool = false) throws(AdvocateError) -> SendJournal {
        let shown = Project.displayPath(url)
        func refuse(_ why: String) -> AdvocateError {
            AdvocateError(.invalidInput, "\(shown): error: the send journal cannot be trusted: \(why). Nothing was sent. Keep it for the record (move it aside) and see what it holds with 'sqlite3'; 'advocate send --restart' starts a new journal, after which everyone it cannot show as sent is sent to again")
        }
        let queue: DatabaseQueue
        var header: [String: String] = [:]
        var fingerprint = ""
        do {
            var configuration = Configuration()
            configuration.readonly = readOnly
            if !readOnly { configuration.journalMode = .wal }
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            queue = try DatabaseQueue(path: url.path, configuration: configuration)
            let check = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            guard check == ["ok"] else { throw refuse("SQLite's integrity check failed (\(check.prefix(3).joined(separator: "; ")))") }
            try queue.read { db in
                guard try db.tableExists("header"), try db.tableExists("recipient"), try db.tableExists("event") else {
                    throw refuse("it lacks the tables of a send journal")
                }
                for row in try Row.fetchAll(db, sql: "SELECT key, value FROM header") {
                    header[row["key"]] = row["value"]
                }
                let messages = try Row.fetchAll(db, sql: "SELECT messageID, address, language, path, sha256 FROM recipient").map { row in
                    OutgoingMessage(path: row["path"], recipient: row["address"], sender: "", messageID: row["messageID"], language: row["language"], sha256: row["sha256"])
                }
                fingerprint = SendPlan.fingerprint(of: messages)
                guard String(messages.count) == header["recipients"] else {
                    throw refuse("it holds \(messages.count) recipients where its header recorded \(header["recipients"] ?? "none")")
                }
            }
        } catch let error as AdvocateError {
            throw error
        } catch {
            throw refuse("SQLite cannot read it (\(error))")
        }
        guard header["schema-version"] == schemaVersion else {
            throw refuse("it is of schema version \(header["schema-version"] ?? "none"), and this advocate reads version \(schemaVersion)")
        }
        guard header["campaign"] == campaign, header["mailing"] == mailing else {
            throw refuse("it is the journal of mailing '\(header["mailing"] ?? "?")' of campaign '\(header["campaign"] ?? "?")', not of '\(mailing)' of '\(campaign)'")
        }
        guard header["plan-sha256"] == fingerprint else {
            throw refuse("its recipients no longer add up to the plan its header recorded (it was changed or damaged)")
        }
        return SendJournal(url: url, queue: queue, fingerprint: fingerprint)
    }

    /// The time now, as the journal writes it: UTC, ISO 8601.
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
