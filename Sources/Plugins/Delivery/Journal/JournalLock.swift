public import AdvocacyCore
public import Foundation

/// The exclusive lock of one mailing's journal, a `flock` on `<mailing>.lock` beside it: two
/// sends of one mailing never run at once. The kernel releases a `flock` when its process ends,
/// however it ends, so a killed send leaves no stale lock to clear: the next send simply gets
/// it. The file stays in place; removing it would let a second send lock a new file while the
/// first still holds the old one.
public final class JournalLock {
    private var descriptor: Int32

    /// Takes the lock at `file`, or throws `temporaryFailure` (exit 75) when another send holds it.
    public init(file: URL, mailing: String) throws(AdvocateError) {
        // O_NOFOLLOW: a symlink planted at the lock's name is refused, never followed.
        descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            throw AdvocateError(.cannotCreateOutput, "cannot create the lock file '\(Project.displayPath(file))': \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            if reason == EINTR { continue }
            close(descriptor)
            descriptor = -1
            guard reason == EWOULDBLOCK else {
                throw AdvocateError(.cannotCreateOutput, "cannot lock '\(Project.displayPath(file))': \(String(cString: strerror(reason)))")
            }
            throw AdvocateError(.temporaryFailure, "another 'advocate send' of the mailing '\(mailing)' is running (it holds \(Project.displayPath(file))); wait for it to end, or stop it, then run this again")
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }
}
