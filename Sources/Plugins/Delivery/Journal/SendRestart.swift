public import AdvocacyCore
import Foundation

/// `send --restart`: the sender's decision to send a mailing as built now although its journal
/// holds another plan. The old journal is kept under a dated name, never deleted, and whom it
/// shows as sent is carried into the new one as sent, so nobody who received the mailing gets
/// it again.
public enum SendRestart {
    /// Moves `journal` aside and returns the recipients it shows as sent (address lowercased →
    /// a note naming the archive).
    public static func archive(_ journal: SendJournal, location: JournalLocation) throws(AdvocateError) -> [String: String] {
        let sent = try journal.entries().filter { $0.state == .sent }
        journal.close()
        let archive = location.archive(at: Date())
        guard rename(journal.url.path, archive.path) == 0 else {
            throw AdvocateError(.cannotCreateOutput, "cannot archive the send journal '\(Project.displayPath(journal.url))': \(String(cString: strerror(errno)))")
        }
        let note = "sent before the restart, as \(archive.lastPathComponent) records"
        return Dictionary(sent.map { ($0.recipient.lowercased(), note) }, uniquingKeysWith: { first, _ in first })
    }
}
