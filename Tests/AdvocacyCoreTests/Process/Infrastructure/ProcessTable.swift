import Foundation

/// What `/proc` says about processes, for checking that a run left nothing behind.
enum ProcessTable {
    /// Whether `pid` has ended: gone from `/proc`, or a zombie waiting for its parent.
    static func hasEnded(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return true }
        // The state is the first field after the command name, which is in parentheses.
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state == "Z" || state == "X"
    }

    /// Whether `pid` ends within `limit`, checking every 50 ms.
    static func ends(_ pid: Int32, within limit: Duration) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if hasEnded(pid) { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return hasEnded(pid)
    }
}
