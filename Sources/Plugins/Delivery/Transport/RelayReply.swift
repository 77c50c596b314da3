/// What the other side answered to a message: an SMTP relay's reply, or what advocate saw when
/// there was no reply to read (a sendmail program's exit, a lost connection, a timeout).
///
/// It is kept whole for the journal and the user; it never holds a credential.
public struct RelayReply: Sendable, Equatable, CustomStringConvertible {
    /// The SMTP reply code (250, 451, 550 …); `nil` when no relay answered.
    public var code: Int?
    /// The enhanced status code (RFC 3463) at the start of the text, such as `5.1.1`, if any.
    public var enhancedCode: String?
    /// The reply's lines without the code (or advocate's own account of what happened).
    public var lines: [String]
    /// The step of the exchange the reply answered.
    public var step: DeliveryStep

    /// A reply with the given parts.
    public init(code: Int?, enhancedCode: String? = nil, lines: [String], step: DeliveryStep) {
        self.code = code
        self.enhancedCode = enhancedCode
        self.lines = lines
        self.step = step
    }

    /// advocate's own account of an outcome no relay put into words.
    public init(explaining text: String, step: DeliveryStep) {
        self.init(code: nil, lines: [text], step: step)
    }

    /// The reply as a relay would print it: `550 5.1.1 no such user`, lines joined by `; `.
    public var description: String {
        let text = lines.joined(separator: "; ")
        return ([code.map { "\($0)" }, enhancedCode, text].compactMap { $0 }.filter { !$0.isEmpty }).joined(separator: " ")
    }
}

/// The step of delivering one message that an outcome belongs to. A failure before `mail`
/// concerns the relay or the connection, not the recipient: a sender should stop or pause
/// rather than blame the address.
public enum DeliveryStep: String, Sendable, Equatable, CaseIterable {
    /// Reaching the relay, or starting the program.
    case connect
    /// The relay's greeting and `EHLO`.
    case greeting
    /// Setting up TLS (`STARTTLS`, or the handshake of `smtps://`).
    case tls
    /// Logging in (`AUTH`).
    case authentication
    /// The envelope sender (`MAIL FROM`).
    case sender
    /// The recipient (`RCPT TO`).
    case recipient
    /// Handing over the message (`DATA` and its final reply; a sendmail program's exit).
    case message

    /// Whether an outcome at this step says something about the relay rather than the recipient.
    public var concernsRelay: Bool {
        switch self {
        case .connect, .greeting, .tls, .authentication: true
        case .sender, .recipient, .message: false
        }
    }
}
