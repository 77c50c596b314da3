public import AdvocacyCore
public import Foundation

/// Reads returned mail for one campaign: each DSN or complaint is matched to the message it
/// returns by that message's Message-ID in the campaign's send journals, and the recipients of
/// permanent failures and complaints are added to the suppression list with the day and why.
///
/// Matching is by Message-ID only: `send` gives every message its own, fixed by the build, and
/// the envelope sender is the message's `From:` (no VERP), so the returned headers are what
/// identifies it. A report whose Message-ID no journal holds is listed, never guessed at.
public struct BounceReading {
    /// The campaign's id.
    public let campaign: String
    /// The campaign's journals (``JournalLocation/journals(out:campaign:)``).
    public let journals: [URL]

    /// A reader of the returned mail of `campaign`, matched against `journals`.
    public init(campaign: String, journals: [URL]) {
        self.campaign = campaign
        self.journals = journals
    }

    /// Reads `mailboxes` and adds what suppresses someone to `suppression` (the campaign's
    /// `suppression:` file; `nil` when it has none, which is an error only when someone is to
    /// be added), with `today` as the day.
    public func read(mailboxes: [String], suppression: URL?, today: CalendarDay) throws(AdvocateError) -> BounceReport {
        var sent: [String: (recipient: String, mailing: String)] = [:]
        for url in journals {
            let mailing = String(url.lastPathComponent.prefix { $0 != "." })
            let journal = try SendJournal.open(url, campaign: campaign, mailing: mailing, readOnly: true)
            for entry in try journal.entries() where entry.state != .planned {
                sent[entry.messageID] = (entry.recipient, mailing)
            }
            journal.close()
        }
        var report = BounceReport()
        var additions: [SuppressionList.Entry] = []
        for mailbox in mailboxes {
            try ReturnedMailbox(path: mailbox).forEach { message throws(AdvocateError) in
                guard let bytes = message.bytes else {
                    report.unmatched.append(.init(origin: message.origin, reason: "larger than \(ReturnedMailbox.messageLimit / 1024 / 1024) MiB, not read"))
                    return
                }
                guard let entity = MIMEEntity(bytes), let returned = ReturnedMail(entity) else {
                    report.unmatched.append(.init(origin: message.origin, reason: "neither a delivery status notification nor a complaint report"))
                    return
                }
                guard let messageID = returned.messageID else {
                    report.unmatched.append(.init(origin: message.origin, reason: "the report does not carry the returned message's Message-ID"))
                    return
                }
                guard let match = sent[messageID] else {
                    report.unmatched.append(.init(origin: message.origin, reason: "no send of '\(campaign)' has the Message-ID \(messageID)", messageID: messageID))
                    return
                }
                report.found.append(.init(origin: message.origin, kind: returned.kind.rawValue, messageID: messageID,
                                          recipient: match.recipient, mailing: match.mailing, detail: returned.detail))
                switch returned.kind {
                case .temporaryFailure: report.temporary += 1
                case .permanentFailure: additions.append(.init(address: match.recipient, reason: .bounced, since: today))
                case .complaint: additions.append(.init(address: match.recipient, reason: .complained, since: today))
                }
            }
        }
        guard !additions.isEmpty else { return report }
        guard let suppression else {
            throw AdvocateError(.invalidInput, "campaign '\(campaign)' has no suppression list, so the \(additions.count) addresses that bounced or complained cannot be recorded; add 'suppression: contacts/suppression.csv' to the campaign and run this again")
        }
        report.suppressed = try SuppressionAppender(file: suppression).append(additions).map(\.address)
        return report
    }
}
