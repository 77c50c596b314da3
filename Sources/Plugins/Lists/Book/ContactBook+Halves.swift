import AdvocacyCore

extension ContactBook {
    /// Files larger than this are read in two halves at once, one on each core: smaller ones are
    /// read too fast for a second thread to pay.
    static let halvesThreshold = 8 << 20

    /// Reads the records of a big file in two halves at once: `firstReader` from where it is,
    /// on this thread, and another reader from `middle`, a line start after the middle of the
    /// file, on a second thread. That is only a guess at a record start, since a quoted field
    /// may span it; the first reader settles it when it gets there. If its last record ends
    /// exactly at `middle`, the guess was right and the second half stands, renumbered; if not,
    /// the second half is thrown away and the first reader reads on to the end.
    func readInHalves(
        _ bytes: UnsafeBufferPointer<UInt8>, from firstReader: BatchReader, into firstBatch: RowBatch, splittingAt middle: Int,
        at fileStart: SourceLocation, reader: (CSVScanner, ByteArena) throws(CSVProblem) -> BatchReader
    ) throws(CSVProblem) -> [RowBatch] {
        let scanner = firstReader.rows.scanner
        let remaining = bytes.count - middle
        let secondBatch = try CSVProblem.refusingMemory(at: fileStart) { () throws(AllocationFailure) in
            try RowBatch(rows: remaining / 48, bytes: remaining + remaining / 4, arena: firstBatch.arena.number + 1)
        }
        let second = CSVScanner(bytes: bytes, start: middle, delimiter: scanner.delimiter, path: scanner.path,
                                singleByteColumns: scanner.singleByteColumns)
        let secondHalf = Handed((try reader(second, secondBatch.arena), secondBatch))
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
    static func lineStart(in bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int? {
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
