import AdvocacyCore
import Foundation

/// One change of a recipient's state in the journal.
struct JournalRecord: Sendable {
    var messageID: String
    var state: JournalState
    var reply: String?
    /// Whether it begins an attempt (an intent).
    var countsAttempt: Bool

    /// What the event log calls it: the state's name, or `unanswered` for an attempt whose
    /// message went out and whose reply never came, which leaves the recipient ambiguous.
    var eventKind: String {
        state == .ambiguous && !countsAttempt ? "unanswered" : state.rawValue
    }
}

/// Group commit for the journal: records that senders running in parallel hand in while a
/// transaction is being written wait for it, then go to disk together in the next one. Each
/// caller resumes only once the transaction holding its record is on disk, so the promise of
/// the journal (an intent on disk before the message goes out) is kept, at one flush of the
/// disk for many records instead of one each.
final class JournalGroupCommit: @unchecked Sendable {
    /// The journal written to; set once, right after the journal is made.
    weak var journal: SendJournal?
    private let lock = NSLock()
    private var pending: [(record: JournalRecord, waiter: CheckedContinuation<Void, any Error>)] = []
    private var writing = false
    private let writer = DispatchQueue(label: "advocate.send-journal")

    /// Returns once `record` is on disk.
    func commit(_ record: JournalRecord) async throws {
        try await withCheckedThrowingContinuation { (waiter: CheckedContinuation<Void, any Error>) in
            lock.lock()
            pending.append((record, waiter))
            let start = !writing
            writing = true
            lock.unlock()
            if start { writer.async { self.drain() } }
        }
    }

    /// Writes what is pending, one transaction at a time, until nothing is.
    private func drain() {
        while true {
            lock.lock()
            let batch = pending
            pending = []
            if batch.isEmpty { writing = false }
            lock.unlock()
            guard !batch.isEmpty else { return }
            do throws(AdvocateError) {
                guard let journal else { throw AdvocateError(.internalError, "the send journal was closed while records were pending") }
                try journal.write(batch.map(\.record))
                for item in batch { item.waiter.resume() }
            } catch {
                for item in batch { item.waiter.resume(throwing: error) }
            }
        }
    }
}
