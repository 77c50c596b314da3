public import Foundation

/// An exclusive `flock` on one file, taken at once or refused with exit 75: what keeps two
/// builds of one campaign's output, or two sends of one mailing, from running together.
///
/// The kernel releases a `flock` when its process ends, however it ends, so a killed process
/// never leaves a stale lock and nothing needs to clear one. The lock file stays in place;
/// removing it would let a later process lock a new file while another still holds the old one.
public final class FileLock {
    private var descriptor: Int32

    /// Takes the lock on `file`, creating it with `permissions` if needed, or throws
    /// `temporaryFailure` (exit 75) with the message `whenHeld` while another process holds it.
    public init(file: URL, permissions: mode_t, whenHeld: @autoclosure () -> String) throws(AdvocateError) {
        // O_NOFOLLOW: a symlink planted at the lock's name is refused, never followed to create a file elsewhere.
        descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, permissions)
        guard descriptor >= 0 else {
            throw AdvocateError(.cannotCreateOutput, "cannot create the lock file '\(Project.displayPath(file))': \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            if reason == EINTR { continue }
            release()
            guard reason == EWOULDBLOCK else {
                throw AdvocateError(.cannotCreateOutput, "cannot lock '\(Project.displayPath(file))': \(String(cString: strerror(reason)))")
            }
            throw AdvocateError(.temporaryFailure, whenHeld())
        }
    }

    /// Lets the next process in; the lock is released at the process's end in any case.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}
