/// Where `advocate send` hands its messages, as `--via` names it: `sendmail[:/path]`,
/// `smtp://[user@]host[:port]` (STARTTLS, port 587 by default) or `smtps://[user@]host[:port]`
/// (TLS from the first byte, port 465 by default).
public enum TransportAddress: Sendable, Equatable {
    /// A sendmail-compatible program: a name found on `PATH`, or a path.
    case sendmail(program: String)
    /// An SMTP relay.
    case smtp(SMTPRelay)
}

/// An SMTP relay: where it listens, how the connection is protected, and who logs in.
public struct SMTPRelay: Sendable, Equatable {
    /// How the connection to the relay is protected.
    public enum Security: Sendable, Equatable {
        /// `smtp://`: plain at first, then `STARTTLS`, required unless the send is `--insecure`.
        case startTLS
        /// `smtps://`: TLS from the first byte.
        case implicitTLS
    }

    /// The relay's host name or IP address (an IPv6 address without its brackets).
    public var host: String
    /// The relay's port.
    public var port: Int
    /// How the connection is protected.
    public var security: Security
    /// The user to log in as (`AUTH`), if any; the password never comes from the address.
    public var user: String?

    /// A relay at `host:port`.
    public init(host: String, port: Int, security: Security, user: String? = nil) {
        self.host = host
        self.port = port
        self.security = security
        self.user = user
    }

    /// Whether the host is this machine (`localhost`, `127.0.0.0/8`, `::1`): the only relay a
    /// send may talk to without TLS.
    public var isLoopback: Bool {
        let name = host.lowercased()
        if name == "localhost" || name == "::1" || name.hasSuffix(".localhost") { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
