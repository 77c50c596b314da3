public import AdvocacyCore

/// A contacts file a campaign reads (members from the CRM, MPs, MEPs, partners' contacts) and
/// how to read it.
public struct ContactSource: Sendable {
    /// The longest field accepted, in bytes as stored in the file. A row with a longer field is
    /// rejected, with the column and the size as its reason, and the rest of the file is read:
    /// no contact field is legitimately this long, and a cell that is can only be an export
    /// gone wrong or an attempt to exhaust memory.
    public static let fieldLimit = 65_536

    /// The file's path; diagnostics and reports name it as given.
    public var path: String
    /// The delimiter (detected unless given) and the encoding (UTF-8 unless given).
    public var dialect: CSVDialect
    /// Headers mapped to fields by the campaign, which win over the built-in synonyms. Headers
    /// are compared ignoring case, accents, spaces and punctuation.
    public var columns: [String: ContactField]
    /// The language of the source, the last resort of a contact's language routing.
    public var language: LanguageCode?

    /// A source; by default its columns are recognised by the built-in synonyms alone.
    public init(path: String, dialect: CSVDialect = CSVDialect(), columns: [String: ContactField] = [:], language: LanguageCode? = nil) {
        self.path = path
        self.dialect = dialect
        self.columns = columns
        self.language = language
    }
}
