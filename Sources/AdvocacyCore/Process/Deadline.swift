/// An operation raced against a time limit. When the limit passes first, the operation's task
/// is cancelled, which for a running program starts its teardown, and its result is still
/// awaited: the caller always gets the operation's own answer, and learns whether time ran out.
enum Deadline {
    private enum Lap<Value: Sendable>: Sendable {
        case finished(Value)
        case expired
        case stopped
    }

    /// Runs `operation`, cancelling it once `limit` has passed.
    static func race<Value: Sendable>(
        _ limit: Duration,
        _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> (value: Value, expired: Bool) {
        try await withThrowingTaskGroup(of: Lap<Value>.self) { group in
            group.addTask { .finished(try await operation()) }
            group.addTask {
                do {
                    try await Task.sleep(for: limit)
                    return .expired
                } catch {
                    return .stopped
                }
            }
            var expired = false
            while let lap = try await group.next() {
                switch lap {
                case .finished(let value):
                    group.cancelAll()
                    return (value, expired)
                case .expired:
                    expired = true
                    group.cancelAll()
                case .stopped:
                    continue
                }
            }
            // The operation's task either finishes or throws, and both leave the loop above.
            preconditionFailure("a raced operation ended without an answer")
        }
    }
}
