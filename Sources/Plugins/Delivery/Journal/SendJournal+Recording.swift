public import AdvocacyCore
import GRDB

extension SendJournal {
    /// Records that an attempt to send `messageID` begins, before a byte of it goes out.
    public func recordIntent(_ messageID: String) throws(AdvocateError) {
        try write([JournalRecord(messageID: messageID, state: .ambiguous, reply: nil, countsAttempt: true)])
    }

    /// Records the outcome of the attempt on `messageID` with the relay's or program's reply.
    public func recordOutcome(_ messageID: String, _ state: JournalState, reply: String) throws(AdvocateError) {
        try write([JournalRecord(messageID: messageID, state: state, reply: reply, countsAttempt: false)])
    }

    /// Records `record` together with what other senders record at the same moment, in one
    /// transaction (a group commit): one flush of the disk for all of them. Returns once the
    /// transaction holding it is on disk, exactly as if it had been written alone.
    func record(_ record: JournalRecord) async throws(AdvocateError) {
        do {
            try await groupCommit.commit(record)
        } catch let error as AdvocateError {
            throw error
        } catch {
            throw AdvocateError(.internalError, "the send journal's writer failed: \(error)")
        }
    }

    /// One transaction: each record's new state and an event saying so. Committed (and, with
    /// `synchronous=FULL`, on disk) before this returns.
    func write(_ records: [JournalRecord]) throws(AdvocateError) {
        do {
            try queue.write { db in
                let now = Self.timestamp()
                for record in records {
                    try db.execute(
                        sql: "UPDATE recipient SET state = ?, reply = coalesce(?, reply), attempts = attempts + ? WHERE messageID = ?",
                        arguments: [record.state.rawValue, record.reply, record.countsAttempt ? 1 : 0, record.messageID])
                    guard db.changesCount == 1 else { throw AdvocateError(.internalError, "the journal has no recipient with the Message-ID \(record.messageID)") }
                    try db.execute(sql: "INSERT INTO event(messageID, kind, reply, at) VALUES (?, ?, ?, ?)",
                                   arguments: [record.messageID, record.eventKind, record.reply, now])
                }
            }
        } catch let error as AdvocateError {
            throw error
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot write to the send journal '\(Project.displayPath(url))': \(error); stop and resume once the disk is fine")
        }
    }

    /// Every recipient's line, in path order.
    public func entries() throws(AdvocateError) -> [JournalEntry] {
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT path, address, messageID, language, state, attempts, reply FROM recipient ORDER BY path").map { row in
                    JournalEntry(
                        path: row["path"], recipient: row["address"], messageID: row["messageID"], language: row["language"],
                        state: JournalState(rawValue: row["state"]) ?? .ambiguous, attempts: row["attempts"], reply: row["reply"])
                }
            }
        } catch {
            throw AdvocateError(.invalidInput, "cannot read the send journal '\(Project.displayPath(url))': \(error)")
        }
    }

    /// Closes the journal, checkpointing its WAL.
    public func close() {
        try? queue.close()
    }
}
