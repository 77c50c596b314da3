/// Where one recipient of a mailing stands in the send journal.
public enum JournalState: String, Sendable, Codable, CaseIterable {
    /// Planned, never tried.
    case planned
    /// An attempt began and its outcome was never recorded: the relay may or may not have the
    /// message. Resent only when the sender says so (`--resend-ambiguous`).
    case ambiguous = "intent"
    /// The relay accepted the message.
    case sent
    /// The relay or program said to try later.
    case temporaryFailure = "temporary"
    /// The relay or program refused the message for good.
    case permanentFailure = "permanent"
}

/// One recipient's line in the journal.
public struct JournalEntry: Sendable, Equatable, Codable {
    /// The message's path in the build.
    public var path: String
    /// The recipient.
    public var recipient: String
    /// The message's fixed Message-ID.
    public var messageID: String
    /// The message's language.
    public var language: String
    /// Where it stands.
    public var state: JournalState
    /// How many attempts began.
    public var attempts: Int
    /// The relay's or program's last reply, if any.
    public var reply: String?

    /// In JSON the recipient is `address`, as in every other report (docs/json.md).
    private enum CodingKeys: String, CodingKey {
        case path, recipient = "address", messageID, language, state, attempts, reply
    }
}
