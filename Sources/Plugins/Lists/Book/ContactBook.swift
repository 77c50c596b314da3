import AdvocacyCore

/// The contacts of a campaign's sources, read, normalised and deduplicated: each person once,
/// with a record of every row rejected, every merge and every pair of lookalike addresses.
///
/// Sources are read in the order given, rows in file order, and the first row of an address
/// gives the contact its place. **Merge rule**: when a later row has the same address (compared
/// with the local part case-folded and the domain in IDNA form), the contact keeps every field it
/// already has, so the first source in declared order wins each field; the later row fills the
/// fields the contact has empty (names, organisation, language, term days, extra columns…);
/// tags and consents are unioned, a consent taking its day from the later row if it had none.
/// Every merge is recorded with the fields it filled.
///
/// Contacts are stored compactly (see ``ContactTable``); ``subscript(_:)`` makes a ``Contact``
/// on demand.
public struct ContactBook {
    var table = ContactTable()
    var index: AddressIndex
    /// Skeletons of the addresses written with non-ASCII characters or punycode, to the contact
    /// first seen with each, and their hashes, to look up the plain addresses cheaply.
    var skeletons: [String: Int] = [:]
    var skeletonHashes = HashFilter()
    /// International domains' ASCII forms and skeletons.
    let domains = DomainCache()
    /// Language values already made codes, for values that are not codes already.
    var languageCodes: [String: String] = [:]
    /// Each source's language, by source number.
    var sourceLanguages: [LanguageCode?] = []

    /// Rows rejected, and values left out of the rows kept, in reading order.
    public internal(set) var problems: [RowProblem] = []
    /// Rows merged into a contact read before them.
    public internal(set) var merges: [Merge] = []
    /// Different addresses that look alike, kept apart.
    public internal(set) var lookalikes: [Lookalike] = []
    /// What each source gave, in the order read.
    public internal(set) var sources: [SourceSummary] = []

    /// Reads every source, in order. Problems that stop a file (it is missing, not UTF-8, has an
    /// unclosed quote, has no email column…) are collected for all sources and thrown together;
    /// problems with single rows are recorded in ``problems`` and the rows left out.
    public init(reading sources: [ContactSource]) throws(ListError) {
        try self.init(reading: sources, halvesAbove: Self.halvesThreshold)
    }

    /// Reads every source, those of more than `halvesAbove` bytes in two halves at once.
    init(reading sources: [ContactSource], halvesAbove: Int) throws(ListError) {
        do {
            index = try AddressIndex()
        } catch {
            let location = SourceLocation(file: sources.first?.path ?? "contacts", line: 1, column: 1)
            throw ListError(.temporaryFailure, [CSVProblem(error, at: location).diagnostic])
        }
        var failures: [CSVProblem] = []
        for source in sources {
            do {
                try read(source, halvesAbove: halvesAbove)
            } catch {
                failures.append(error)
                // A book refused memory may be half-absorbed: read nothing more into it.
                if error.isOutOfMemory { break }
            }
        }
        guard failures.isEmpty else {
            // Memory refused is the machine's state, not the files' fault: worth a retry (75).
            let kind: AdvocateError.Kind = failures.contains(where: \.isOutOfMemory) ? .temporaryFailure
                : failures.allSatisfy(\.isMissingFile) ? .missingInput : .invalidInput
            throw ListError(kind, failures.map(\.diagnostic))
        }
    }

    /// How many contacts, each person once.
    public var count: Int { table.count }

    /// The contact at `position`, from 0 to ``count``, in the order first read.
    public subscript(position: Int) -> Contact { table.contact(at: position) }

    /// Every contact, in the order first read, made one at a time.
    public var contacts: some RandomAccessCollection<Contact> { (0..<count).lazy.map { [table] in table.contact(at: $0) } }

    /// The contact with `address`, compared as duplicates are: the local part case-folded, the
    /// domain in IDNA form.
    public func contact(withAddress address: String) -> Contact? {
        guard let key = AddressNormaliser.key(of: address) else { return nil }
        return position(ofKey: key).map { table.contact(at: $0) }
    }

    /// The position of the contact whose key is `key`.
    func position(ofKey key: String) -> Int? {
        var key = key
        return key.withUTF8 { bytes in
            index.find(hash: AddressIndex.hash(bytes)) { table.bytes(table.cell($0, .key)).hasSameBytes(as: bytes) }
        }
    }
}
