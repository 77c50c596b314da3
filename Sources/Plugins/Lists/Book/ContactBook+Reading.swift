import AdvocacyCore

extension ContactBook {
    /// Reads one source into the book.
    mutating func read(_ source: ContactSource) throws(CSVProblem) {
        let file = try MappedFile(path: source.path)
        let bytes = file.bytes
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasByteOrderMark ? 3 : 0
        let encoding: CSVDialect.Encoding = hasByteOrderMark ? .utf8 : source.dialect.encoding
        let delimiter = source.dialect.delimiter ?? CSVScanner.detectDelimiter(in: bytes, from: start)
        var scanner = CSVScanner(bytes: bytes, start: start, delimiter: delimiter.rawValue, path: source.path,
                                 singleByteColumns: encoding == .windows1252)
        var spans: [FieldSpan] = []
        var headerRecord: RecordStart?
        while headerRecord == nil, let record = try scanner.nextRecord(into: &spans) {
            if spans.contains(where: { $0.count > 0 }) { headerRecord = record }
        }
        guard let headerRecord, let base = bytes.baseAddress else {
            throw CSVProblem(.empty, at: SourceLocation(file: source.path, line: 1, column: 1))
        }
        // Room for as many rows as a file of this size is likely to hold, so that the batch does
        // not grow and copy as a big file is read; room never touched costs no memory.
        let body = bytes.count - scanner.position
        guard table.arenas.count < 256 else { throw CSVProblem(.tooManySources, at: SourceLocation(file: source.path, line: 1, column: 1)) }
        var batch = RowBatch(rows: body / 48, bytes: body + body / 4, arena: UInt8(table.arenas.count))
        let rows = RowReader(scanner: scanner, normaliser: FieldNormaliser(file: base, encoding: encoding, arena: batch.arena))
        let headers = try rows.headers(spans, record: headerRecord)
        let headerLocation = SourceLocation(file: source.path, line: headerRecord.line, column: 1)
        let layout = try ColumnLayout(headers: headers, explicit: source.columns, at: headerLocation)
        let targets = ColumnTarget.plan(layout, numberingExtrasIn: &table)
        batch.arena.truncate(to: 0)  // the headers' text is not needed any more
        var reader = BatchReader(rows: rows, file: file, targets: targets, headers: headers, source: UInt32(table.sources.count))
        try reader.read(into: &batch)
        guard batch.rowsRead > 0 else { throw CSVProblem(.headerOnly, at: headerLocation) }

        table.sources.append(source.path)
        sourceLanguages.append(source.language)
        sources.append(SourceSummary(path: source.path))
        index.reserve(table.count + batch.count)
        absorb(&batch)
    }
}
