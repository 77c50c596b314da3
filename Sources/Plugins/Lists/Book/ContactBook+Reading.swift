import AdvocacyCore

extension ContactBook {
    /// Reads one source into the book, in two halves at once if it has more than `halvesAbove` bytes.
    mutating func read(_ source: ContactSource, halvesAbove: Int) throws(CSVProblem) {
        let file = try MappedFile(path: source.path)
        do {
            try read(source, from: file, halvesAbove: halvesAbove)
        } catch {
            // What a file that shrank fails with is no news: that it shrank is.
            try file.checkUnshrunk()
            throw error
        }
        try file.checkUnshrunk()
    }

    /// Reads the mapped `file` of `source` into the book.
    private mutating func read(_ source: ContactSource, from file: MappedFile, halvesAbove: Int) throws(CSVProblem) {
        let bytes = file.bytes
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasByteOrderMark ? 3 : 0
        let encoding: CSVDialect.Encoding = hasByteOrderMark ? .utf8 : source.dialect.encoding
        let delimiter = source.dialect.delimiter ?? CSVScanner.detectDelimiter(in: bytes, from: start)
        var scanner = CSVScanner(bytes: bytes, start: start, delimiter: delimiter.rawValue, path: source.path,
                                 singleByteColumns: encoding == .windows1252)
        // The header is the first record that is not blank.
        var spans: [FieldSpan] = []
        var headerRecord: RecordStart?
        while headerRecord == nil, let record = try scanner.nextRecord(into: &spans) {
            if spans.contains(where: { $0.count > 0 }) { headerRecord = record }
        }
        guard let headerRecord, let base = bytes.baseAddress else {
            throw CSVProblem(.empty, at: SourceLocation(file: source.path, line: 1, column: 1))
        }
        guard table.arenas.count + 2 <= 256 else {
            throw CSVProblem(.tooManySources, at: SourceLocation(file: source.path, line: 1, column: 1))
        }
        // Room for as many rows as a file of this size is likely to hold, so that a batch does
        // not grow as a big file is read; room never touched costs no memory.
        let body = bytes.count - scanner.position
        let fileStart = SourceLocation(file: source.path, line: 1, column: 1)
        var first = try CSVProblem.refusingMemory(at: fileStart) { () throws(AllocationFailure) in
            try RowBatch(rows: body / 48, bytes: body + body / 4, arena: UInt8(table.arenas.count))
        }
        let rows = RowReader(scanner: scanner, normaliser: FieldNormaliser(file: base, encoding: encoding, arena: first.arena))
        let headers = try rows.headers(spans, record: headerRecord)
        let headerLocation = SourceLocation(file: source.path, line: headerRecord.line, column: 1)
        let layout = try ColumnLayout(headers: headers, explicit: source.columns, at: headerLocation)
        let targets = ColumnTarget.plan(layout, numberingExtrasIn: &table)
        first.arena.truncate(to: 0)  // the headers' text is not needed any more
        let number = UInt32(table.sources.count)
        func reader(_ scanner: CSVScanner, _ arena: ByteArena) throws(CSVProblem) -> BatchReader {
            let rows = RowReader(scanner: scanner, normaliser: FieldNormaliser(file: base, encoding: encoding, arena: arena))
            return try CSVProblem.refusingMemory(at: fileStart) { () throws(AllocationFailure) in
                try BatchReader(rows: rows, file: file, targets: targets, headers: headers, source: number)
            }
        }

        var batches: [RowBatch]
        if body > halvesAbove, let middle = Self.lineStart(in: bytes, after: scanner.position + body / 2) {
            batches = try readInHalves(bytes, from: reader(scanner, first.arena), into: first, splittingAt: middle, at: fileStart) {
                (scanner, arena) throws(CSVProblem) in try reader(scanner, arena)
            }
        } else {
            var whole = try reader(scanner, first.arena)
            try whole.read(until: bytes.count, into: &first)
            batches = [first]
        }
        guard batches.contains(where: { $0.rowsRead > 0 }) else { throw CSVProblem(.headerOnly, at: headerLocation) }

        table.sources.append(source.path)
        sourceLanguages.append(source.language)
        sources.append(SourceSummary(path: source.path))
        try CSVProblem.refusingMemory(at: fileStart) { () throws(AllocationFailure) in
            try index.reserve(table.count + batches.reduce(0) { $0 + $1.count })
            for number in batches.indices { try absorb(&batches[number]) }
        }
    }
}
