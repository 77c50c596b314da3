import AdvocacyCore

/// Reads a file's records into a ``RowBatch``: each record's fields cleaned, its address
/// checked, its language, tags and consents put in their stored forms. Everything it writes is
/// its own, so two readers can read two halves of a file at once.
struct BatchReader {
    var rows: RowReader
    let file: MappedFile
    let targets: [ColumnTarget]
    let headers: [String]
    let source: UInt32
    private var builder: RowBuilder
    private let domains = DomainCache()
    /// Language values not already codes, and the cell of the code each stands for: a file has
    /// a handful of such values, so a list searched by bytes beats hashing Strings.
    private var languageCodes: [(value: [UInt8], code: Cell)] = []
    /// The cells of consents without a day, one per purpose, shared by every row that has it.
    private var plainConsents: [(purpose: [UInt8], cell: Cell)] = []

    init(rows: RowReader, file: MappedFile, targets: [ColumnTarget], headers: [String], source: UInt32) throws(AllocationFailure) {
        builder = try RowBuilder()
        self.rows = rows
        self.file = file
        self.targets = targets
        self.headers = headers
        self.source = source
    }

    /// Reads records into `batch` until one ends at or after `end`.
    mutating func read(until end: Int, into batch: inout RowBatch) throws(CSVProblem) {
        let arena = batch.arena
        var spans: [FieldSpan] = []
        var released = rows.scanner.position
        while rows.scanner.position < end, let record = try rows.scanner.nextRecord(into: &spans) {
            released = file.release(from: released, to: record.offset)
            guard spans.contains(where: { $0.count > 0 }) else { continue }
            batch.rowsRead += 1
            var origin: RowOrigin { RowOrigin(file: rows.scanner.path, row: record.row, line: record.line) }
            if let rejection = rows.rejection(of: spans, headers: headers) {
                batch.reject(rejection, at: origin)
                continue
            }
            let mark = arena.count
            builder.reset()
            try rows.read(spans, record: record, targets: targets, headers: headers, into: &builder)
            var here: SourceLocation { rows.scanner.location(of: record.offset, lineOfRecord: record) }
            let added: Bool
            do {
                added = try add(record, from: mark, into: &batch)
            } catch {
                throw CSVProblem(error, at: here)
            }
            guard added else { throw CSVProblem(.tooLarge, at: here) }
        }
        batch.end = RecordStart(row: rows.scanner.row, line: rows.scanner.line, offset: rows.scanner.position)
    }

    /// Checks the address of the row in the builder, and keeps the row in `batch` or rejects
    /// it, its text from `mark` on forgotten; `false` when the arena is full.
    private mutating func add(_ record: RecordStart, from mark: Int, into batch: inout RowBatch) throws(AllocationFailure) -> Bool {
        let arena = batch.arena
        var origin: RowOrigin { RowOrigin(file: rows.scanner.path, row: record.row, line: record.line) }
        guard try arena.reserve(2048) else { return false }
        switch try AddressNormaliser.normalise(builder.address, in: arena, domains: domains) {
        case .failure(.missing):
            arena.truncate(to: mark)
            batch.reject(.missingAddress, at: origin)
        case .failure(.invalid(let why)):
            let written = arena.string(builder.address)
            arena.truncate(to: mark)
            batch.reject(.invalidAddress(written, why: why), at: origin)
        case .success(let address):
            guard try canonicalise(in: arena) else { return false }
            if !builder.notes.isEmpty { batch.problems.append(contentsOf: builder.notes.map { RowProblem($0, at: origin) }) }
            try batch.append(builder, address: address, row: StoredRow(
                source: source, row: UInt32(record.row), line: UInt32(record.line),
                termStart: builder.termStart, termEnd: builder.termEnd, extrasStart: 0, extrasCount: 0))
        }
        return true
    }

    /// Puts the language, tags and consents of the row in their stored forms; `false` when the
    /// arena is full.
    private mutating func canonicalise(in arena: ByteArena) throws(AllocationFailure) -> Bool {
        let language = builder.cells[StoredField.language.rawValue]
        let extra = Int(language.count) * 2 + Int(builder.cells[StoredField.tags.rawValue].count)
            + builder.consents.reduce(0) { $0 + $1.purpose.count + 12 } + 64
        guard try arena.reserve(extra) else { return false }
        builder.cells[StoredField.language.rawValue] = languageCode(language, in: arena)
        builder.cells[StoredField.tags.rawValue] = CanonicalCells.tags(builder.cells[StoredField.tags.rawValue], in: arena)
        if builder.consents.count == 1, builder.consents[0].day == 0 {
            builder.cells[StoredField.consents.rawValue] = plainConsent(builder.consents[0].purpose, in: arena)
        } else if !builder.consents.isEmpty {
            builder.cells[StoredField.consents.rawValue] = CanonicalCells.consents(builder.consents, in: arena)
        }
        return true
    }

    /// The shared cell of a consent for `purpose` with no day.
    private mutating func plainConsent(_ purpose: [UInt8], in arena: ByteArena) -> Cell {
        if let known = plainConsents.first(where: { $0.purpose == purpose }) { return known.cell }
        let cell = CanonicalCells.consents([(purpose, 0)], in: arena)
        plainConsents.append((purpose, cell))
        return cell
    }

    /// A language cell as a code: lower-cased in place when it is one already (`FR`, `fr-BE`),
    /// else through ``LanguageValue``, each distinct value worked out once.
    private mutating func languageCode(_ cell: Cell, in arena: ByteArena) -> Cell {
        guard !cell.isEmpty else { return cell }
        let bytes = arena.base + Int(cell.start)
        func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
        if cell.count == 2 || (cell.count > 2 && (bytes[2] == 0x2D || bytes[2] == 0x5F)), isLetter(bytes[0]), isLetter(bytes[1]) {
            bytes[0] |= 0x20
            bytes[1] |= 0x20
            return arena.cell(Int(cell.start)..<Int(cell.start) + 2)
        }
        let value = arena.bytes(cell)
        if let known = languageCodes.first(where: { $0.value.withUnsafeBufferPointer { value.hasSameBytes(as: $0) } }) {
            return known.code
        }
        let code = CanonicalCells.append(LanguageValue.code(value), to: arena)
        languageCodes.append((Array(value), code))
        return code
    }
}
