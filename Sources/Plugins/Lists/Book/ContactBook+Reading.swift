import AdvocacyCore

extension ContactBook {
    /// Reads one source into the book, in two halves at once if it has more than `halvesAbove` bytes.
    mutating func read(_ source: ContactSource, halvesAbove: Int) throws(CSVProblem) {
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
        // Room for as many rows as a file of this size is likely to hold, so that a batch does
        // not grow as a big file is read; room never touched costs no memory.
        let body = bytes.count - scanner.position
        guard table.arenas.count + 2 <= 256 else {
            throw CSVProblem(.tooManySources, at: SourceLocation(file: source.path, line: 1, column: 1))
        }
        var first = RowBatch(rows: body / 48, bytes: body + body / 4, arena: UInt8(table.arenas.count))
        let rows = RowReader(scanner: scanner, normaliser: FieldNormaliser(file: base, encoding: encoding, arena: first.arena))
        let headers = try rows.headers(spans, record: headerRecord)
        let headerLocation = SourceLocation(file: source.path, line: headerRecord.line, column: 1)
        let layout = try ColumnLayout(headers: headers, explicit: source.columns, at: headerLocation)
        let targets = ColumnTarget.plan(layout, numberingExtrasIn: &table)
        first.arena.truncate(to: 0)  // the headers' text is not needed any more
        let number = UInt32(table.sources.count)
        func reader(_ scanner: CSVScanner, _ arena: ByteArena) -> BatchReader {
            let rows = RowReader(scanner: scanner, normaliser: FieldNormaliser(file: base, encoding: encoding, arena: arena))
            return BatchReader(rows: rows, file: file, targets: targets, headers: headers, source: number)
        }

        var batches: [RowBatch]
        if body > halvesAbove, let middle = Self.lineStart(in: bytes, after: scanner.position + body / 2) {
            batches = try readInHalves(bytes, from: reader(scanner, first.arena), into: first, splittingAt: middle) { reader($0, $1) }
        } else {
            var whole = reader(scanner, first.arena)
            try whole.read(until: bytes.count, into: &first)
            batches = [first]
        }
        guard batches.contains(where: { $0.rowsRead > 0 }) else { throw CSVProblem(.headerOnly, at: headerLocation) }

        table.sources.append(source.path)
        sourceLanguages.append(source.language)
        sources.append(SourceSummary(path: source.path))
        index.reserve(table.count + batches.reduce(0) { $0 + $1.count })
        for number in batches.indices { absorb(&batches[number]) }
    }

    /// Files larger than this are read in two halves at once, one on each core: smaller ones are
    /// read too fast for a second thread to pay.
    static let halvesThreshold = 8 << 20

    /// Reads the records of a big file in two halves at once: `firstReader` from where it is,
    /// on this thread, and another reader from `middle`, a line start after the middle of the
    /// file, on a second thread. That is only a guess at a record start, since a quoted field
    /// may span it; the first reader settles it when it gets there. If its last record ends
    /// exactly at `middle`, the guess was right and the second half stands, renumbered; if not,
    /// the second half is thrown away and the first reader reads on to the end.
    private func readInHalves(
        _ bytes: UnsafeBufferPointer<UInt8>, from firstReader: BatchReader, into firstBatch: RowBatch, splittingAt middle: Int,
        reader: (CSVScanner, ByteArena) -> BatchReader
    ) throws(CSVProblem) -> [RowBatch] {
        let scanner = firstReader.rows.scanner
        let remaining = bytes.count - middle
        let secondBatch = RowBatch(rows: remaining / 48, bytes: remaining + remaining / 4, arena: firstBatch.arena.number + 1)
        let second = CSVScanner(bytes: bytes, start: middle, delimiter: scanner.delimiter, path: scanner.path,
                                singleByteColumns: scanner.singleByteColumns)
        let secondHalf = Handed((reader(second, secondBatch.arena), secondBatch))
        var firstReader = firstReader, firstBatch = firstBatch
        let (firstProblem, secondResult) = Parallel.both(
            { () -> CSVProblem? in
                do throws(CSVProblem) {
                    try firstReader.read(until: middle, into: &firstBatch)
                    return nil
                } catch {
                    return error
                }
            },
            { () -> Result<RowBatch, CSVProblem> in
                var (reader, batch) = secondHalf.value
                do throws(CSVProblem) {
                    try reader.read(until: bytes.count, into: &batch)
                    return .success(batch)
                } catch {
                    return .failure(error)
                }
            })
        if let firstProblem { throw firstProblem }
        guard firstBatch.end.offset == middle else {
            try firstReader.read(until: bytes.count, into: &firstBatch)
            return [firstBatch]
        }
        let rows = firstBatch.end.row, lines = firstBatch.end.line - 1
        switch secondResult {
        case .failure(let problem):
            throw problem.shifted(rows: rows, lines: lines)
        case .success(var secondBatch):
            secondBatch.shift(rows: rows, lines: lines)
            return [firstBatch, secondBatch]
        }
    }

    /// The offset just after the first line feed at or after `offset`, if one is before the end.
    private static func lineStart(in bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int? {
        var i = offset
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        return i + 1 < bytes.count ? i + 1 : nil
    }
}

/// A value handed to the second thread of ``Parallel/both(_:_:)`` before it starts; nothing else
/// touches it meanwhile.
private struct Handed<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
