import Foundation

/// The exclusive lock on one campaign's output, `OUT/.<id>.lock`, held by a build from before it
/// touches anything beside `OUT/<id>/` until its output is in place or dropped. A second build of
/// the same campaign into the same folder refuses at once with exit 75 rather than waiting: it
/// would only redo the same work, and a build can run for minutes.
///
/// It is a `flock`, so the kernel releases it when the process ends however it ends: a killed
/// build never leaves a stale lock, and nothing needs to clear one. The lock file stays in
/// place; removing it would let a later build lock a new file while another still holds the old.
final class OutputLock {
    private var descriptor: Int32

    /// Takes the lock of `directory`'s output, or throws `temporaryFailure` if another build holds it.
    init(of directory: URL) throws(AdvocateError) {
        let file = directory.deletingLastPathComponent().appendingPathComponent(".\(directory.lastPathComponent).lock")
        // O_NOFOLLOW: a symlink planted at the lock's name is refused, never followed to create a file elsewhere.
        descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
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
            throw AdvocateError(
                .temporaryFailure,
                "another build of '\(directory.lastPathComponent)' is writing \(Project.displayPath(directory)); try again when it ends")
        }
    }

    /// Lets the next build in; the lock is released at the process's end in any case.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}
