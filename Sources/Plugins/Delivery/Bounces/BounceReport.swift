/// What `advocate bounces` found in returned mail: the reports it matched to a sent message,
/// those it could not match, and the addresses it added to the suppression list.
public struct BounceReport: Sendable, Codable, Equatable {
    /// A report matched to a message the journal holds.
    public struct Found: Sendable, Codable, Equatable {
        /// Where the returned mail was: `FILE` or `FILE:LINE`.
        public var origin: String
        /// `permanent-failure`, `temporary-failure` or `complaint`.
        public var kind: String
        /// The returned message's Message-ID.
        public var messageID: String
        /// Its recipient, as the journal has it.
        public var recipient: String
        /// The mailing it belonged to.
        public var mailing: String
        /// The status (`5.1.1`) or feedback type (`abuse`) the report gives.
        public var detail: String

        /// In JSON the recipient is `address`, as in every other report (docs/json.md).
        private enum CodingKeys: String, CodingKey {
            case origin, kind, messageID, recipient = "address", mailing, detail
        }
    }

    /// Returned mail that suppresses no one, and why.
    public struct Unmatched: Sendable, Codable, Equatable {
        /// Where it was.
        public var origin: String
        /// Why it was not matched.
        public var reason: String
        /// The Message-ID it names, if any.
        public var messageID: String?
    }

    /// The matched reports.
    public var found: [Found] = []
    /// The rest.
    public var unmatched: [Unmatched] = []
    /// The addresses added to the suppression list, new ones only.
    public var suppressed: [String] = []
    /// How many reports were temporary failures, which suppress no one.
    public var temporary = 0

    /// The lines the command prints without `--json`.
    public var lines: [String] {
        var lines = found.map { "\($0.origin): \($0.kind) \($0.detail): \($0.recipient) (\($0.mailing), \($0.messageID))" }
        lines += unmatched.map { "\($0.origin): not matched: \($0.reason)" }
        lines.append("\(found.count) matched (\(temporary) temporary), \(unmatched.count) not matched, \(suppressed.count) added to the suppression list")
        return lines
    }
}
