public import AdvocacyCore
import Crypto
public import Foundation

/// Every message of one mailing that `build` wrote, read from the campaign's manifest and
/// checked: each file's size and SHA-256 as the manifest says, one recipient, sender and
/// Message-ID each, no recipient and no Message-ID twice. Holds what identifies each message,
/// never the messages themselves.
public struct SendPlan: Sendable {
    /// The campaign's output folder, `OUT/<campaign>`.
    public let folder: URL
    /// The campaign's id.
    public let campaign: String
    /// The mailing's id.
    public let mailing: String
    /// The messages, sorted by path.
    public let messages: [OutgoingMessage]

    /// The plan of `mailing` in the build of `campaign` under `out`; throws `missingInput` when
    /// there is no build of it, and `invalidInput` for a file that is not as the manifest says.
    public init(out: URL, campaign: String, mailing: String) throws(AdvocateError) {
        folder = out.appendingPathComponent(campaign)
        self.campaign = campaign
        self.mailing = mailing
        let manifestURL = folder.appendingPathComponent(OutputWriter.manifestName)
        let shown = Project.displayPath(manifestURL)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw AdvocateError(.missingInput, "\(shown): there is no build of '\(campaign)'; run 'advocate build \(campaign)' first")
        }
        guard let manifest = OutputWriter.readManifest(at: manifestURL), manifest.campaign == campaign else {
            throw AdvocateError(.invalidInput, "\(shown): error: this is not the manifest of a build of '\(campaign)'; build the campaign again")
        }
        let prefix = "mailings/\(mailing)/"
        let entries = manifest.files.filter { $0.path.hasPrefix(prefix) && $0.path.hasSuffix(".eml") }
        if manifest.files.contains(where: { $0.path == prefix + "mailbox.mbox" }) {
            throw AdvocateError(.invalidInput, "\(shown): the mailing '\(mailing)' was built as one mbox file (\(prefix)mailbox.mbox), which is for reading, not sending; send reads one .eml file per recipient: build it with the mailing stage's format: eml")
        }
        guard !entries.isEmpty else {
            throw AdvocateError(.missingInput, "\(shown): the build of '\(campaign)' has no messages of the mailing '\(mailing)' (no \(prefix)…/*.eml); build it, or check the mailing's id")
        }
        var messages: [OutgoingMessage] = []
        var recipients: [String: String] = [:], identifiers: [String: String] = [:]
        for entry in entries {
            let message = try Self.check(entry, in: folder)
            let shownFile = Project.displayPath(folder.appendingPathComponent(entry.path))
            if let other = recipients.updateValue(message.path, forKey: message.recipient.lowercased()) {
                throw AdvocateError(.invalidInput, "\(shownFile): error: '\(message.recipient)' is also the recipient of \(other); a mailing writes one message per person")
            }
            if let other = identifiers.updateValue(message.path, forKey: message.messageID) {
                throw AdvocateError(.invalidInput, "\(shownFile): error: the Message-ID \(message.messageID) is also that of \(other); every message needs its own")
            }
            messages.append(message)
        }
        self.messages = messages.sorted { $0.path < $1.path }
    }

    /// The file of `entry`, checked against the manifest, and the message it holds.
    private static func check(_ entry: ManifestEntry, in folder: URL) throws(AdvocateError) -> OutgoingMessage {
        let url = folder.appendingPathComponent(entry.path)
        let shown = Project.displayPath(url)
        let bytes: [UInt8]
        do { bytes = try readBytes(url) } catch {
            throw AdvocateError(.missingInput, "\(shown): error: the manifest lists this message but it cannot be read (\(error)); build the campaign again")
        }
        guard bytes.count == entry.bytes, SHA256.hash(data: bytes).hexadecimal == entry.sha256 else {
            throw AdvocateError(.invalidInput, "\(shown): error: this message is not the one the build wrote (its size or SHA-256 differs from the manifest's); build the campaign again rather than editing messages by hand")
        }
        guard let headers = MailHeaders(bytes[...]) else {
            throw AdvocateError(.invalidInput, "\(shown):1:1: error: the message's header is not a valid mail header")
        }
        func field(_ name: String, address: Bool) throws(AdvocateError) -> String {
            guard let value = headers[name], let result = address ? MailHeaders.address(in: value) : value, !result.isEmpty else {
                throw AdvocateError(.invalidInput, "\(shown):1:1: error: the message has no valid \(name): header, so it cannot be sent")
            }
            return result
        }
        return OutgoingMessage(
            path: entry.path, recipient: try field("To", address: true), sender: try field("From", address: true),
            messageID: MailHeaders.messageID(in: try field("Message-ID", address: false)), language: entry.language ?? "", sha256: entry.sha256)
    }

    /// The bytes of the message at `path`, read again when it is sent.
    public func bytes(of message: OutgoingMessage) throws(AdvocateError) -> [UInt8] {
        let url = folder.appendingPathComponent(message.path)
        let bytes: [UInt8]
        do { bytes = try Self.readBytes(url) } catch {
            throw AdvocateError(.missingInput, "\(Project.displayPath(url)): error: cannot read the message (\(error))")
        }
        guard SHA256.hash(data: bytes).hexadecimal == message.sha256 else {
            throw AdvocateError(.invalidInput, "\(Project.displayPath(url)): error: the message changed while sending; nothing more is sent: run the same command again to check the build and resume")
        }
        return bytes
    }

    /// The plan's fingerprint: the SHA-256 of every message's Message-ID, recipient, language,
    /// path and content hash, in path order. A rebuild that changes any message changes it.
    public var fingerprint: String { Self.fingerprint(of: messages) }

    /// The fingerprint of `messages`, whatever their order.
    static func fingerprint(of messages: [OutgoingMessage]) -> String {
        var hasher = SHA256()
        for message in messages.sorted(by: { $0.path < $1.path }) {
            let line = [message.messageID, message.recipient, message.language, message.path, message.sha256].joined(separator: "\u{0}") + "\n"
            hasher.update(data: Array(line.utf8))
        }
        return hasher.finalize().hexadecimal
    }

    private static func readBytes(_ url: URL) throws -> [UInt8] {
        // A message is a file the build wrote, small; a symlink is not followed out of the build.
        let values = try url.resourceValues(forKeys: [.isSymbolicLinkKey, .fileSizeKey])
        guard values.isSymbolicLink != true else { throw CocoaError(.fileReadNoPermission) }
        guard (values.fileSize ?? 0) <= 64 * 1024 * 1024 else { throw CocoaError(.fileReadTooLarge) }
        return Array(try Data(contentsOf: url))
    }
}
