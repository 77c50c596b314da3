public import AdvocacyCore
public import Foundation

extension FileLock {
    /// The exclusive lock of one mailing's journal, on `<mailing>.lock` beside it: two sends of
    /// one mailing never run at once, and a killed send leaves no stale lock (see ``FileLock``).
    /// Throws `temporaryFailure` (exit 75) when another send holds it.
    public convenience init(journal file: URL, mailing: String) throws(AdvocateError) {
        try self.init(
            file: file, permissions: 0o600,
            whenHeld: "another 'advocate send' of the mailing '\(mailing)' is running (it holds \(Project.displayPath(file))); wait for it to end, or stop it, then run this again")
    }
}
