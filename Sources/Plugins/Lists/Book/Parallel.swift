import Foundation

/// Two pieces of work at once: `second` on a thread of its own, `first` on this one. For the
/// two halves of a big contacts file, on the two cores lists are built on.
enum Parallel {
    /// The results of `first` and `second`, once both are done. When no thread can be had (the
    /// system has no memory for its stack), one after the other on this thread.
    static func both<First, Second>(_ first: () -> First, _ second: @escaping () -> Second) -> (First, Second) {
        let other = Handoff(second)
        guard let thread = start(other.run) else {
            let result = first()
            other.run()
            return (result, other.result!)
        }
        let result = first()
        // Joining orders the other thread's write of its result before this read.
        pthread_join(thread, nil)
        return (result, other.result!)
    }

    /// A thread with an 8 MiB stack running `work`, or `nil` when the system refuses one.
    private static func start(_ work: @escaping () -> Void) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let job = Unmanaged.passRetained(Job(work))
        var thread = pthread_t()
        let started = pthread_create(&thread, &attributes, { context in
            Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().work()
            return nil
        }, job.toOpaque())
        guard started == 0 else {
            job.release()
            return nil
        }
        return thread
    }

    /// Work handed to another thread; the join in ``both(_:_:)`` orders every access.
    private final class Job {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    /// Work whose result is kept for the thread that waits for it.
    private final class Handoff<Result> {
        private let work: () -> Result
        private(set) var result: Result?

        init(_ work: @escaping () -> Result) { self.work = work }

        func run() { result = work() }
    }
}
