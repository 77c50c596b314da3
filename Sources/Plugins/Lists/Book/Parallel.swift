import Foundation

/// Two pieces of work at once: `second` on a thread of its own, `first` on this one. For the
/// two halves of a big contacts file, on the two cores lists are built on.
enum Parallel {
    /// The results of `first` and `second`, once both are done.
    static func both<First, Second>(_ first: () -> First, _ second: @escaping () -> Second) -> (First, Second) {
        let other = Handoff(second)
        let thread = Thread { other.run() }
        thread.stackSize = 8 << 20
        thread.start()
        let result = first()
        return (result, other.wait())
    }

    /// Work handed to another thread and its result handed back. The semaphore orders every
    /// access, which is what makes the unchecked conformance safe.
    private final class Handoff<Result>: @unchecked Sendable {
        private let work: () -> Result
        private var result: Result?
        private let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping () -> Result) { self.work = work }

        func run() {
            result = work()
            done.signal()
        }

        func wait() -> Result {
            done.wait()
            return result!
        }
    }
}
