import AdvocacyPlugins
import Foundation

/// `send`'s progress on stderr, one line redrawn in place, only when stderr is a terminal: a
/// log file or a pipe gets the summary at the end and nothing else.
final class ProgressLine: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var shown = false

    /// Redraws the line with `progress`.
    func show(_ progress: SendProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.line)".utf8))
        shown = true
    }

    /// Ends the line.
    func finish() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
