/// Returned mail as relays and mailbox providers send it back, for `advocate bounces`: a
/// delivery status notification (RFC 3464) and a complaint report (RFC 5965), each carrying the
/// returned message's header.
public enum ReturnedMailSample {
    /// A DSN for the message `messageID` to `recipient`, with `action` and `status` (`failed`,
    /// `5.1.1`; `delayed`, `4.2.2`).
    public static func deliveryStatus(messageID: String, recipient: String, action: String = "failed", status: String = "5.1.1") -> String {
        """
        From: Mail Delivery System <MAILER-DAEMON@relay.example>
        To: campagnes@smart.example
        Subject: Undelivered Mail Returned to Sender
        Message-ID: <dsn-\(messageID)>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status;
        \tboundary="=_bound-1"

        This is a MIME-encapsulated message.

        --=_bound-1
        Content-Type: text/plain; charset=us-ascii

        The mail system could not deliver your message.

        --=_bound-1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; relay.example
        Arrival-Date: Fri, 01 Nov 2024 09:00:01 +0000

        Final-Recipient: rfc822; \(recipient)
        Original-Recipient: rfc822;\(recipient)
        Action: \(action)
        Status: \(status)
        Diagnostic-Code: smtp; 550 \(status) user unknown

        --=_bound-1
        Content-Type: text/rfc822-headers

        From: Campagnes <campagnes@smart.example>
        To: <\(recipient)>
        Subject: Lancement
        Message-ID: <\(messageID)>

        --=_bound-1--

        """
    }

    /// An ARF complaint about the message `messageID` to `recipient`, the whole message attached.
    public static func complaint(messageID: String, recipient: String) -> String {
        """
        From: abuse@provider.example
        To: campagnes@smart.example
        Subject: FW: Lancement
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=feedback-report; boundary="part"

        --part
        Content-Type: text/plain

        This is an email abuse report.

        --part
        Content-Type: message/feedback-report

        Feedback-Type: abuse
        User-Agent: Provider-FBL/1.0
        Version: 1
        Original-Rcpt-To: <\(recipient)>

        --part
        Content-Type: message/rfc822

        From: Campagnes <campagnes@smart.example>
        To: <\(recipient)>
        Subject: Lancement
        Message-ID: <\(messageID)>

        Bonjour.

        --part--

        """
    }

    /// `messages` as one mbox file: each after a `From ` line, `From ` lines inside quoted.
    public static func mbox(_ messages: [String]) -> String {
        messages.map { message in
            let quoted = message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("From ") ? ">" + $0 : String($0) }.joined(separator: "\n")
            return "From MAILER-DAEMON Fri Nov  1 09:00:00 2024\n" + quoted + "\n"
        }.joined()
    }
}
