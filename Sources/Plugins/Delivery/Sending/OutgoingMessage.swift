/// One message of a built mailing, as `send` delivers it: the file `build` wrote, whom it is
/// for, and what identifies it for good.
public struct OutgoingMessage: Sendable, Equatable, Codable {
    /// The file's path relative to the campaign's output folder.
    public var path: String
    /// The recipient, from the message's `To:`.
    public var recipient: String
    /// The sender, from the message's `From:`: the envelope sender.
    public var sender: String
    /// The message's `Message-ID:`, fixed by the build, so a resent message is the same message.
    public var messageID: String
    /// The message's language, as the manifest gives it.
    public var language: String
    /// The SHA-256 of the file, as the manifest gives it and the file was checked against.
    public var sha256: String

    /// A message.
    public init(path: String, recipient: String, sender: String, messageID: String, language: String, sha256: String) {
        self.path = path
        self.recipient = recipient
        self.sender = sender
        self.messageID = messageID
        self.language = language
        self.sha256 = sha256
    }
}
