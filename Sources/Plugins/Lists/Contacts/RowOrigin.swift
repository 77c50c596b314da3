/// Where a contact came from: a row of a contacts file.
public struct RowOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The file, as the source names it.
    public var file: String
    /// The row as a spreadsheet numbers it: the header is row 1, the first contact row 2.
    public var row: Int
    /// The line the row starts on; later than the row when a field above held a line break.
    public var line: Int

    /// An origin.
    public init(file: String, row: Int, line: Int) {
        self.file = file
        self.row = row
        self.line = line
    }

    /// `path:line: row N`, for messages.
    public var description: String { "\(file):\(line): row \(row)" }
}
