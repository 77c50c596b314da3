/// The rows of a file, or of half of a big one, read and normalised but not yet deduplicated,
/// laid out as a ``ContactTable``'s contacts are, so that absorbing them moves cells rather than
/// rebuilding them. A second half is read on another thread from a guessed record start; its
/// rows and lines count from there until ``shift(rows:lines:)`` makes them the file's.
struct RowBatch {
    let arena: ByteArena
    var cells: PlainVector<Cell>
    var rows: PlainVector<StoredRow>
    var extras = PlainVector<ExtraCell>()
    /// The hash of each row's key.
    var hashes: PlainVector<UInt32>
    /// Rows rejected and values left out, in reading order.
    var problems: [RowProblem] = []
    /// Non-blank rows read, kept or not.
    var rowsRead = 0
    var rejected = 0
    /// Where reading stopped: the offset, and the records and lines read before it.
    var end = RecordStart(row: 0, line: 1, offset: 0)

    /// An empty batch with room for about `rows` rows and `bytes` bytes of text, in an arena
    /// that will be the book's arena number `arena`; room never touched costs no memory.
    init(rows: Int, bytes: Int, arena number: UInt8) throws(AllocationFailure) {
        arena = try ByteArena(capacity: bytes, number: number)
        cells = try PlainVector(capacity: rows * StoredField.stride)
        self.rows = try PlainVector(capacity: rows)
        hashes = try PlainVector(capacity: rows)
    }

    /// An empty batch that holds no memory, for one whose rows have been taken.
    init(arena number: UInt8) {
        arena = ByteArena(number: number)
        cells = PlainVector()
        rows = PlainVector()
        hashes = PlainVector()
    }

    var count: Int { rows.count }

    /// Adds a kept row.
    mutating func append(_ builder: RowBuilder, address: NormalisedAddress, row: StoredRow) throws(AllocationFailure) {
        builder.cells[StoredField.address.rawValue] = address.envelope
        builder.cells[StoredField.key.rawValue] = address.key
        builder.cells[StoredField.written.rawValue] = builder.address
        try cells.append(contentsOf: builder.cells.buffer(from: 0, count: StoredField.stride))
        var row = row
        row.extrasStart = UInt32(extras.count)
        row.extrasCount = UInt32(builder.extras.count)
        try rows.append(row)
        try extras.append(contentsOf: builder.extras)
        try hashes.append(AddressIndex.hash(arena.bytes(address.key)))
    }

    /// Records a rejected row.
    mutating func reject(_ reason: RowProblem.Reason, at origin: RowOrigin) {
        problems.append(RowProblem(reason, at: origin))
        rejected += 1
    }

    /// Makes rows and lines counted from the start of a stretch the file's, for a batch read
    /// from a point `rows` records and `lines` lines into the file.
    mutating func shift(rows rowOffset: Int, lines lineOffset: Int) {
        for index in 0..<self.rows.count {
            self.rows[index].row += UInt32(rowOffset)
            self.rows[index].line += UInt32(lineOffset)
        }
        for index in problems.indices {
            problems[index].origin.row += rowOffset
            problems[index].origin.line += lineOffset
        }
    }
}
