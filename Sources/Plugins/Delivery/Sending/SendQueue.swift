import Foundation

/// The shared state of one run's senders: which message is next, when the next may go (rate
/// limits, back-off, a pause after a burst of failures), what the run counted, and whether it
/// must stop.
actor SendQueue {
    /// A message waiting its turn: its place in the plan and how many attempts it had in this run.
    struct Item: Sendable {
        var index: Int
        var attempt: Int
        var due: ContinuousClock.Instant
    }

    private let settings: SendSettings
    private var fresh: [Int]
    private var retries: [Item] = []
    private var nextSlot = ContinuousClock.now
    private var failuresInARow = 0
    private var relayFailuresInARow = 0
    private(set) var sent = 0
    private(set) var failed = 0
    /// Of the failed, those that failed before the relay took the recipient (connecting, TLS, login).
    private var failedAtRelay = 0
    /// Why the run stopped early, if it did, and whether the relay could not be reached at all.
    private(set) var stop: (reason: String, relayUnavailable: Bool)?

    private let interruption: SendInterruption

    init(indices: [Int], settings: SendSettings, interruption: SendInterruption = SendInterruption()) {
        fresh = indices.reversed()
        self.settings = settings
        self.interruption = interruption
    }

    /// The next message to send and when to send it, or `nil` when nothing is left or the run stopped.
    func next() -> Item? {
        if interruption.isRequested { halt("interrupted; the messages under way were finished and recorded") }
        guard stop == nil else { return nil }
        let now = ContinuousClock.now
        var item: Item
        if let due = retries.indices.min(by: { retries[$0].due < retries[$1].due }), retries[due].due <= now || fresh.isEmpty {
            item = retries.remove(at: due)
        } else if let index = fresh.popLast() {
            item = Item(index: index, attempt: 1, due: now)
        } else {
            return nil
        }
        let slot = max(item.due, nextSlot)
        nextSlot = slot + settings.spacing
        item.due = slot
        return item
    }

    /// Counts an accepted message.
    func recordSent() {
        sent += 1
        failuresInARow = 0
        relayFailuresInARow = 0
    }

    /// Counts a failure of `item`; a temporary one is queued again after its back-off while it
    /// has attempts left. Returns whether it was queued again.
    func recordFailure(_ item: Item, temporary: Bool, concernsRelay: Bool) -> Bool {
        failuresInARow += 1
        relayFailuresInARow = concernsRelay ? relayFailuresInARow + 1 : 0
        if relayFailuresInARow >= settings.burst {
            stop = ("the relay failed \(relayFailuresInARow) times in a row before taking any recipient", sent == 0)
        }
        if failuresInARow >= settings.burst, failuresInARow % settings.burst == 0 {
            nextSlot = max(nextSlot, ContinuousClock.now + settings.burstPause)
        }
        if temporary, item.attempt < settings.attempts, stop == nil {
            let wait = settings.backoff * (1 << min(item.attempt - 1, 10))
            retries.append(Item(index: item.index, attempt: item.attempt + 1, due: ContinuousClock.now + wait))
            return true
        }
        failed += 1
        if concernsRelay { failedAtRelay += 1 }
        if failed >= settings.errorLimit, stop == nil {
            stop = ("\(failed) messages failed in this run, the limit (--error-limit) is \(settings.errorLimit)", false)
        }
        return false
    }

    /// Whether nothing reached the relay in this run: every message failed before it took one.
    var relayUnreached: Bool { sent == 0 && failed > 0 && failedAtRelay == failed }

    /// Ends the run: nothing more is handed out.
    func halt(_ reason: String) {
        if stop == nil { stop = (reason, false) }
    }
}
