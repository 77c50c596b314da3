/// What reading one contacts file gave.
public struct SourceSummary: Hashable, Sendable {
    /// The file, as the source names it.
    public var path: String
    /// Rows under the header, blank rows not counted.
    public var rows = 0
    /// Rows that became a new contact.
    public var contacts = 0
    /// Rows merged into a contact read before, from this file or an earlier one.
    public var merged = 0
    /// Rows left out; ``ContactBook/problems`` says why.
    public var rejected = 0

    /// A summary of `path`: nothing read yet, unless told otherwise.
    public init(path: String, rows: Int = 0, contacts: Int = 0, merged: Int = 0, rejected: Int = 0) {
        self.path = path
        self.rows = rows
        self.contacts = contacts
        self.merged = merged
        self.rejected = rejected
    }
}
