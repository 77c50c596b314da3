/// What a piece of returned mail reports, read from its MIME structure: a delivery status
/// notification (RFC 3464, `multipart/report; report-type=delivery-status`) or a complaint
/// (RFC 5965, `report-type=feedback-report`), and the Message-ID of the message it returns.
struct ReturnedMail {
    /// What happened to the message.
    enum Kind: String, Sendable, Codable {
        /// It could not be delivered, for good (`Action: failed`, `Status: 5.x.x`).
        case permanentFailure = "permanent-failure"
        /// It was delayed or failed for now (`Action: delayed`, or `Status: 4.x.x`).
        case temporaryFailure = "temporary-failure"
        /// The recipient reported it as spam or abuse.
        case complaint
    }

    /// What happened.
    var kind: Kind
    /// The returned message's Message-ID, without angle brackets, if the report carries it.
    var messageID: String?
    /// The recipient the report names (`Final-Recipient`, or the feedback's `Original-Rcpt-To`).
    var reportedRecipient: String?
    /// The status or feedback type, as the report says: `5.1.1`, `abuse`.
    var detail: String

    /// The report in `message`; `nil` for mail that is neither a DSN nor a complaint report, or
    /// that reports only deliveries.
    init?(_ message: MIMEEntity) {
        guard message.type == "multipart/report", let reportType = message.parameters["report-type"]?.lowercased() else { return nil }
        let original = message.parts.dropFirst().lazy.compactMap { part -> String? in
            switch part.type {
            case "text/rfc822-headers", "message/rfc822-headers", "message/rfc822":
                return MailHeaders(part.body)?["Message-ID"].map { MailHeaders.messageID(in: $0) }
            default:
                return nil
            }
        }.first
        messageID = original
        switch reportType {
        case "delivery-status":
            guard let status = message.parts.first(where: { $0.type == "message/delivery-status" || $0.type == "message/global-delivery-status" }),
                  let worst = Self.recipients(in: status.body).min(by: { $0.severity > $1.severity }), worst.severity > 0
            else { return nil }
            kind = worst.severity == 2 ? .permanentFailure : .temporaryFailure
            reportedRecipient = worst.recipient
            detail = worst.status
        case "feedback-report":
            guard let feedback = message.parts.first(where: { $0.type == "message/feedback-report" }),
                  let fields = MailHeaders(feedback.body)
            else { return nil }
            kind = .complaint
            reportedRecipient = fields["Original-Rcpt-To"].flatMap(MailHeaders.address)
            detail = fields["Feedback-Type"] ?? "abuse"
        default:
            return nil
        }
    }

    /// The per-recipient blocks of a delivery-status body, each with its severity: 2 failed for
    /// good, 1 delayed or failed for now, 0 delivered, relayed or expanded.
    private static func recipients(in body: ArraySlice<UInt8>) -> [(recipient: String?, status: String, severity: Int)] {
        var blocks: [(String?, String, Int)] = []
        var rest = body
        var first = true
        while !rest.isEmpty, blocks.count < MIMEEntity.maximumParts {
            guard let fields = MailHeaders(rest) else { break }
            guard fields.bodyStart > rest.startIndex else { break }
            rest = rest[fields.bodyStart...]
            defer { first = false }
            if first && fields["Final-Recipient"] == nil { continue }  // the per-message fields
            guard let action = fields["Action"]?.lowercased() else { continue }
            let status = fields["Status"]?.trimmingSpaces ?? ""
            let severity: Int =
                if action.hasPrefix("failed") { status.hasPrefix("4") ? 1 : 2 }
                else if action.hasPrefix("delayed") { 1 }
                else { 0 }
            let recipient = fields["Final-Recipient"].flatMap { value in
                value.split(separator: ";", maxSplits: 1).last.flatMap { MailHeaders.address(in: String($0)) }
            }
            blocks.append((recipient, status.isEmpty ? action : status, severity))
        }
        return blocks
    }
}
