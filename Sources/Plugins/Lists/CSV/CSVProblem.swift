import AdvocacyCore

/// A problem that stops the reading of one contacts file, where it was found, and why.
struct CSVProblem: Error, Equatable {
    /// What is wrong.
    enum Reason: Equatable {
        /// The file cannot be opened or mapped; `missing` when it does not exist.
        case cannotOpen(String, missing: Bool)
        /// No bytes, or nothing but a byte order mark and blank lines.
        case empty
        /// A header and not a single row under it.
        case headerOnly
        /// No column of the header is an email address.
        case noEmailColumn(headers: [String])
        /// Two columns both give the same contact field.
        case sameFieldTwice(field: String, columns: [String])
        /// The source maps a column the header does not have.
        case unknownColumn(String, headers: [String])
        /// A quoted field that starts on `row` and runs to the end of the file.
        case unterminatedQuote(row: Int)
        /// A quoted field that starts on `row` and runs over several lines until a quote
        /// that is followed by text, at `closedAt`: almost always a stray quote on `row`.
        case runawayQuote(row: Int, closedAt: SourceLocation)
        /// Text right after the closing quote of a field on one line.
        case textAfterClosingQuote(row: Int)
        /// A byte that is not UTF-8 in a file read as UTF-8.
        case invalidUTF8(row: Int, byte: UInt8)
        /// More field text than one file's arena holds (4 GiB).
        case tooLarge
        /// More files than one contact book reads (255).
        case tooManySources
        /// The system refused the memory reading the file needed: `bytes` more.
        case outOfMemory(bytes: Int)
        /// The file was cut short while it was read, by whatever was writing it.
        case shrunkWhileRead
    }

    /// What is wrong.
    var reason: Reason
    /// Where: the file, and the line and column of the first byte at fault.
    var location: SourceLocation

    init(_ reason: Reason, at location: SourceLocation) {
        self.reason = reason
        self.location = location
    }

    /// Memory refused while the file was read, at `location`.
    init(_ failure: AllocationFailure, at location: SourceLocation) {
        self.init(.outOfMemory(bytes: failure.bytes), at: location)
    }

    /// What `body` gives, memory refused on the way made a problem at `location`.
    static func refusingMemory<Value>(at location: SourceLocation, _ body: () throws(AllocationFailure) -> Value) throws(CSVProblem) -> Value {
        do {
            return try body()
        } catch {
            throw CSVProblem(error, at: location)
        }
    }

    /// The same problem found by a reader that started `rows` records and `lines` lines into
    /// the file, and counted from there.
    func shifted(rows: Int, lines: Int) -> CSVProblem {
        var shifted = self
        shifted.location.line += lines
        switch reason {
        case .unterminatedQuote(let row): shifted.reason = .unterminatedQuote(row: row + rows)
        case .runawayQuote(let row, var closedAt):
            closedAt.line += lines
            shifted.reason = .runawayQuote(row: row + rows, closedAt: closedAt)
        case .textAfterClosingQuote(let row): shifted.reason = .textAfterClosingQuote(row: row + rows)
        case .invalidUTF8(let row, let byte): shifted.reason = .invalidUTF8(row: row + rows, byte: byte)
        case .cannotOpen, .empty, .headerOnly, .noEmailColumn, .sameFieldTwice, .unknownColumn, .tooLarge, .tooManySources, .outOfMemory, .shrunkWhileRead: break
        }
        return shifted
    }

    /// The problem as a compiler-style diagnostic.
    var diagnostic: Diagnostic { .error(message, at: location) }

    /// Whether the machine, not the file, is at fault: retrying with more memory free may work.
    var isOutOfMemory: Bool {
        if case .outOfMemory = reason { return true }
        return false
    }

    /// Whether the file is missing rather than wrong.
    var isMissingFile: Bool {
        if case .cannotOpen(_, missing: true) = reason { return true }
        return false
    }

    /// A whole sentence naming the thing at fault and what to do.
    var message: String {
        switch reason {
        case .cannotOpen(let why, _):
            return "cannot read the contacts file: \(why)."
        case .empty:
            return "the contacts file is empty; export it again with a header line and one row per contact."
        case .headerOnly:
            return "the contacts file has a header line but no contacts under it; export it again with its rows."
        case .noEmailColumn(let headers):
            let listed = headers.map { "'\($0)'" }.joined(separator: ", ")
            return "no column of the header holds email addresses (the columns are \(listed)); "
                + "name one 'email', or map a column to the email field in the source's columns."
        case .sameFieldTwice(let field, let columns):
            let listed = columns.map { "'\($0)'" }.joined(separator: " and ")
            return "columns \(listed) both give the \(field); map the one to use in the source's columns."
        case .unknownColumn(let column, let headers):
            let listed = headers.map { "'\($0)'" }.joined(separator: ", ")
            return "the source maps column '\(column)', which the header does not have (the columns are \(listed)); "
                + "correct the name in the source's columns."
        case .unterminatedQuote(let row):
            return "row \(row): the quote that opens this field is never closed, so the field runs to the end "
                + "of the file; close it, or double a quote that belongs inside the field (\"\")."
        case .runawayQuote(let row, let closedAt):
            return "row \(row): the quote that opens this field is not closed on its line; the next quote, at line "
                + "\(closedAt.line), column \(closedAt.column), is followed by text; close the field on row \(row), "
                + "or double a quote that belongs inside it (\"\")."
        case .textAfterClosingQuote(let row):
            return "row \(row): text follows the closing quote of a quoted field; put the whole field in quotes "
                + "and double a quote that belongs inside it (\"\")."
        case .invalidUTF8(let row, let byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            return "row \(row): byte \(hex) is not UTF-8; if the file was saved as Windows-1252 (Excel's \"CSV\" "
                + "on Windows), declare 'encoding: windows-1252' for this source."
        case .tooLarge:
            return "the contacts hold more than 4 GiB of text, more than one list can hold; split the file."
        case .tooManySources:
            return "a campaign reads at most 255 contact files; merge some of them into one."
        case .outOfMemory(let bytes) where bytes == .max:
            return "there is not enough memory to read the contacts (more was needed than memory can hold); "
                + "split the file, and run again."
        case .outOfMemory(let bytes):
            return "there is not enough memory to read the contacts (\((bytes + (1 << 20) - 1) >> 20) MiB more were refused); "
                + "close other programs or split the file, and run again."
        case .shrunkWhileRead:
            return "the contacts file was cut short while it was read, perhaps by an export still writing it; "
                + "run again once the file is complete."
        }
    }
}
