import AdvocacyCore

/// One field of a record: where its bytes are in the file, inside the quotes if it had them.
struct FieldSpan {
    /// Offset of the field's first byte.
    var start: Int
    /// Offset just past its last byte.
    var end: Int
    /// Whether the field holds doubled quotes (`""`) that each stand for one quote.
    var hasDoubledQuotes: Bool

    var count: Int { end - start }
}

/// Where a record starts: its row (the header is row 1, as a spreadsheet numbers it), the line
/// it starts on, and its byte offset.
struct RecordStart {
    var row: Int
    var line: Int
    var offset: Int
}

/// An RFC 4180 record reader over the bytes of a file, written by hand for speed: one pass,
/// no copies, no String per field. Fields are handed out as spans of the file's bytes; decoding
/// and cleaning them is the caller's business. Quoted fields may hold delimiters, quotes written
/// twice and line breaks; records end with CRLF, LF or a lone CR. A quote in the middle of an
/// unquoted field is kept as text, as Excel does.
struct CSVScanner {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    /// The file's path, for locations.
    let path: String
    /// The byte between fields.
    let delimiter: UInt8
    /// Whether columns count bytes (a single-byte encoding) rather than UTF-8 characters.
    let singleByteColumns: Bool
    /// The offset of the next unread byte.
    private(set) var position: Int
    /// The line the next unread byte is on, counting from where the scanner started.
    private(set) var line = 1
    /// How many records have been read.
    private(set) var row = 0

    /// A scanner over `bytes` that starts at `start`: past any byte order mark, or at a line
    /// start in the middle of a big file, where rows and lines count afresh.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, delimiter: UInt8, path: String, singleByteColumns: Bool) {
        // An empty file maps nothing; any valid pointer will do, since nothing is read.
        base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = bytes.count
        position = start
        self.delimiter = delimiter
        self.path = path
        self.singleByteColumns = singleByteColumns
    }

    /// Reads the next record into `fields` (emptied first) and says where it starts, or
    /// returns `nil` at the end of the file.
    mutating func nextRecord(into fields: inout [FieldSpan]) throws(CSVProblem) -> RecordStart? {
        guard position < count else { return nil }
        fields.removeAll(keepingCapacity: true)
        row += 1
        let record = RecordStart(row: row, line: line, offset: position)
        var i = position
        let delimiter = delimiter
        while true {
            if i < count, base[i] == 0x22 {
                i = try quotedField(from: i, record: record, into: &fields)
            } else {
                let start = i
                i = endOfUnquotedField(from: i)
                fields.append(FieldSpan(start: start, end: i, hasDoubledQuotes: false))
            }
            // Here i is at a delimiter, a line break or the end of the file.
            if i < count, base[i] == delimiter {
                i &+= 1
                continue
            }
            if i < count {
                i &+= base[i] == 0x0D && i + 1 < count && base[i + 1] == 0x0A ? 2 : 1
                line &+= 1
            }
            position = i
            return record
        }
    }

    /// The offset of the first delimiter, LF or CR from `start` on, or the end of the file.
    /// Eight bytes at a time: a byte equal to one of them is a zero byte of the word XORed with
    /// it repeated, and the classic zero-byte test finds the first one.
    @inline(__always)
    private func endOfUnquotedField(from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let delimiters = UInt64(delimiter) &* ones, lineFeeds = 0x0A &* ones, returns = 0x0D &* ones
        let raw = UnsafeRawPointer(base)
        var i = start
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let a = word ^ delimiters, b = word ^ lineFeeds, c = word ^ returns
            let found = ((a &- ones) & ~a | (b &- ones) & ~b | (c &- ones) & ~c) & highs
            if found != 0 { return i + found.littleEndian.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < count, base[i] != delimiter, base[i] != 0x0A, base[i] != 0x0D { i += 1 }
        return i
    }

    /// Reads the quoted field whose opening quote is at `quote`, and returns the offset after
    /// its closing quote.
    private mutating func quotedField(from quote: Int, record: RecordStart, into fields: inout [FieldSpan]) throws(CSVProblem) -> Int {
        let startLine = line
        var i = quote + 1
        var doubled = false
        while true {
            while i < count {
                let byte = base[i]
                if byte == 0x22 { break }
                // Line breaks inside the field still count, for the records that follow.
                if byte == 0x0A || (byte == 0x0D && (i + 1 == count || base[i + 1] != 0x0A)) { line &+= 1 }
                i &+= 1
            }
            guard i < count else {
                throw CSVProblem(.unterminatedQuote(row: record.row), at: location(of: quote, lineOfRecord: record))
            }
            if i + 1 < count, base[i + 1] == 0x22 {
                doubled = true
                i &+= 2
                continue
            }
            let after = i + 1
            if after < count, base[after] != delimiter, base[after] != 0x0A, base[after] != 0x0D {
                guard line == startLine else {
                    let closedAt = location(of: i, lineOfRecord: record)
                    throw CSVProblem(.runawayQuote(row: record.row, closedAt: closedAt), at: location(of: quote, lineOfRecord: record))
                }
                throw CSVProblem(.textAfterClosingQuote(row: record.row), at: location(of: after, lineOfRecord: record))
            }
            fields.append(FieldSpan(start: quote + 1, end: i, hasDoubledQuotes: doubled))
            return after
        }
    }

    /// The line and column of `offset`, which lies in the record that starts at `record`.
    func location(of offset: Int, lineOfRecord record: RecordStart) -> SourceLocation {
        var line = record.line
        var lineStart = record.offset
        var i = record.offset
        while i < offset {
            let byte = base[i]
            if byte == 0x0A || (byte == 0x0D && (i + 1 == count || base[i + 1] != 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        for j in lineStart..<offset where singleByteColumns || base[j] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The delimiter of the header line that starts at `start`: whichever of `,`, `;` and tab
    /// occurs most often outside quotes; `,` when none does, or on a tie with it.
    static func detectDelimiter(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> CSVDialect.Delimiter {
        var counts: [CSVDialect.Delimiter: Int] = [:]
        var quoted = false
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x22 {
                quoted.toggle()
            } else if !quoted {
                if byte == 0x0A || byte == 0x0D { break }
                if let delimiter = CSVDialect.Delimiter(rawValue: byte) { counts[delimiter, default: 0] += 1 }
            }
            i += 1
        }
        return CSVDialect.Delimiter.allCases.max { counts[$0, default: 0] < counts[$1, default: 0] }
            .flatMap { counts[$0, default: 0] > 0 ? $0 : nil } ?? .comma
    }
}
