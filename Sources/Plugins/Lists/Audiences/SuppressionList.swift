/// Addresses no list may include whatever their consent says: people who unsubscribed, whose
/// mail bounced, or who complained. A contact on it is left out of every audience, and the
/// reason recorded.
public struct SuppressionList: Sendable {
    /// Why an address is suppressed.
    public enum Reason: String, Hashable, Sendable {
        /// The person asked to receive no more mail.
        case unsubscribed
        /// Mail to the address came back.
        case bounced
        /// The person reported a message as spam or abuse.
        case complained
        /// On the list without a reason the list gives.
        case listed

        /// The reason a cell names: `unsubscribe(d)`, `bounce(d)`, `hard bounce`, `complaint`,
        /// `complained`, `spam`, `abuse`, or their French and Dutch words; anything else is
        /// ``listed``.
        public init(word: String) {
            switch word.lowercased().filter(\.isLetter) {
            case "unsubscribed", "unsubscribe", "optout", "desinscrit", "desinscription", "désinscrit",
                "désinscription", "uitgeschreven", "afgemeld":
                self = .unsubscribed
            case "bounced", "bounce", "hardbounce", "softbounce", "cleaned", "rebond", "onbestelbaar":
                self = .bounced
            case "complained", "complaint", "spam", "abuse", "plainte", "klacht":
                self = .complained
            default:
                self = .listed
            }
        }
    }

    /// An address's place on the list.
    public struct Entry: Hashable, Sendable {
        /// The address as the list gives it.
        public var address: String
        /// Why it is there.
        public var reason: Reason
        /// Since when, if the list says.
        public var since: CalendarDay?

        /// An entry.
        public init(address: String, reason: Reason, since: CalendarDay? = nil) {
            self.address = address
            self.reason = reason
            self.since = since
        }
    }

    /// Rows of the file the list was read from that suppress nothing, and why.
    public internal(set) var problems: [RowProblem] = []
    /// Entries by the key of their address; the first entry of an address wins.
    private var entries: [String: Entry] = [:]
    /// The keys' hashes, so that a contact not on the list costs no String to check.
    private var hashes = HashFilter()

    /// An empty list.
    public init() {}

    /// How many addresses are suppressed.
    public var count: Int { entries.count }

    /// Adds an entry; returns `false`, adding nothing, when its address is not valid.
    @discardableResult
    public mutating func add(_ entry: Entry) -> Bool {
        guard var key = AddressNormaliser.key(of: entry.address) else { return false }
        guard entries[key] == nil else { return true }
        entries[key] = entry
        hashes.insert(key.withUTF8 { AddressIndex.hash($0) })
        return true
    }

    /// The entry for the address whose key is `key`.
    func entry(forKey key: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard hashes.mayContain(AddressIndex.hash(key)) else { return nil }
        return entries[String(decoding: key, as: UTF8.self)]
    }
}
