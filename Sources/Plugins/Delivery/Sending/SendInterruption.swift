import Foundation

/// The sender's request to stop a run early (Ctrl-C): no new message is handed over, those
/// under way finish and their outcomes are recorded, so the run ends with nobody ambiguous.
public final class SendInterruption: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    /// A request not yet made.
    public init() {}

    /// Asks the run to stop after the messages under way.
    public func request() {
        lock.lock()
        requested = true
        lock.unlock()
    }

    /// Whether it was asked.
    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}
