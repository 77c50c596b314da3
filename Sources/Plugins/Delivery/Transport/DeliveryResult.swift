/// How delivering one message ended. Only the relay's acceptance of the message (its reply
/// after the data, or a sendmail program's exit 0 after reading it all) counts as sent.
public enum DeliveryResult: Sendable, Equatable {
    /// The relay took responsibility for the message.
    case sent(reply: RelayReply)
    /// Not delivered this time, and worth trying again later: a 4xx reply, a connection lost or
    /// a step timed out before the final reply, sendmail's exit 75. Whether a message whose
    /// connection was lost after the data arrived is for the journal to decide.
    case temporaryFailure(reply: RelayReply)
    /// Refused for good: a 5xx reply, sendmail's exit other than 0 and 75, SMTPUTF8 needed but
    /// not offered by the relay.
    case permanentFailure(reply: RelayReply)

    /// What the other side answered.
    public var reply: RelayReply {
        switch self {
        case .sent(let reply), .temporaryFailure(let reply), .permanentFailure(let reply): reply
        }
    }

    /// Whether the relay accepted the message.
    public var isSent: Bool {
        if case .sent = self { true } else { false }
    }
}
