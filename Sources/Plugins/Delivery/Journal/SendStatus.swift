/// What a journal says of a mailing: how many recipients stand where, and who needs a decision.
public struct SendStatus: Sendable, Equatable, Codable {
    /// The campaign's id.
    public var campaign: String
    /// The mailing's id.
    public var mailing: String
    /// How many recipients the plan has.
    public var recipients: Int
    /// How many stand in each state, by the state's name.
    public var counts: [String: Int]
    /// Recipients whose last attempt has no outcome: resent only with `--resend-ambiguous`.
    public var ambiguous: [JournalEntry]
    /// Recipients whose last attempt failed for now: retried with `--retry-failed`.
    public var temporaryFailures: [JournalEntry]
    /// Recipients the relay refused for good.
    public var permanentFailures: [JournalEntry]

    /// The summary of `entries`.
    public init(campaign: String, mailing: String, entries: [JournalEntry]) {
        self.campaign = campaign
        self.mailing = mailing
        recipients = entries.count
        counts = Dictionary(uniqueKeysWithValues: JournalState.allCases.map { state in
            (Self.name(of: state), entries.count { $0.state == state })
        })
        ambiguous = entries.filter { $0.state == .ambiguous }
        temporaryFailures = entries.filter { $0.state == .temporaryFailure }
        permanentFailures = entries.filter { $0.state == .permanentFailure }
    }

    /// The count of recipients in `state`.
    public func count(_ state: JournalState) -> Int { counts[Self.name(of: state)] ?? 0 }

    /// The name a report gives `state`.
    public static func name(of state: JournalState) -> String {
        switch state {
        case .planned: "pending"
        case .ambiguous: "ambiguous"
        case .sent: "sent"
        case .temporaryFailure: "temporary-failure"
        case .permanentFailure: "permanent-failure"
        }
    }

    /// The lines `--status` prints.
    public var lines: [String] {
        var lines = ["\(campaign)/\(mailing): \(recipients) recipients: " + JournalState.allCases.map { "\(count($0)) \(Self.name(of: $0))" }.joined(separator: ", ")]
        for (title, entries) in [("ambiguous (sent or not: decide, then --resend-ambiguous)", ambiguous),
                                 ("temporary failure (--retry-failed)", temporaryFailures), ("permanent failure", permanentFailures)] {
            for entry in entries {
                lines.append("  \(entry.recipient)\t\(title)\t\(entry.messageID)\(entry.reply.map { "\t\($0)" } ?? "")")
            }
        }
        return lines
    }
}
