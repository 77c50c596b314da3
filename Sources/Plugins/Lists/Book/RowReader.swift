/// Reads the records of one file into row builders: the scanner finds the fields, the
/// normaliser cleans them, and each column's target says where its value goes.
struct RowReader {
    var scanner: CSVScanner
    let normaliser: FieldNormaliser

    /// The header's column names, cleaned like any single-line field.
    func headers(_ spans: [FieldSpan], record: RecordStart) throws(CSVProblem) -> [String] {
        try makeRoom(for: spans, record: record)
        var headers: [String] = []
        for span in spans {
            headers.append(normaliser.arena.string(try normalise(span, as: .singleLine, record: record)))
        }
        return headers
    }

    /// Why the row must be left out before reading its values: more fields than columns, or a
    /// field over the limit.
    func rejection(of spans: [FieldSpan], headers: [String]) -> RowProblem.Reason? {
        if spans.count > headers.count {
            // Excel pads a row with empty fields past the last column; those are harmless.
            if spans[headers.count...].contains(where: { $0.count > 0 }) {
                return .tooManyFields(found: spans.count, expected: headers.count)
            }
        }
        for (column, span) in spans.enumerated() where span.count > ContactSource.fieldLimit && column < headers.count {
            return .oversizedField(column: headers[column], bytes: span.count)
        }
        return nil
    }

    /// Reads every column of a record into `builder`.
    func read(_ spans: [FieldSpan], record: RecordStart, targets: [ColumnTarget], headers: [String], into builder: inout RowBuilder) throws(CSVProblem) {
        try makeRoom(for: spans, record: record)
        let arena = normaliser.arena
        for (column, span) in zip(targets.indices, spans) {
            switch targets[column] {
            case .address:
                builder.address = try normalise(span, as: .address, record: record)
            case .cell(let field):
                builder.cells[field.rawValue] = try normalise(span, as: .singleLine, record: record)
            case .consentList:
                let cell = try normalise(span, as: .singleLine, record: record)
                if !cell.isEmpty { builder.addConsentList(arena.string(cell), column: headers[column]) }
            case .consent(let purpose):
                let cell = try normalise(span, as: .singleLine, record: record)
                builder.addConsent(purpose, cell: arena.bytes(cell), column: headers[column])
            case .termStart:
                let cell = try normalise(span, as: .singleLine, record: record)
                builder.termStart = builder.day(arena.bytes(cell), column: headers[column])
            case .termEnd:
                let cell = try normalise(span, as: .singleLine, record: record)
                builder.termEnd = builder.day(arena.bytes(cell), column: headers[column])
            case .extra(let name):
                let cell = try normalise(span, as: .multiLine, record: record)
                if !cell.isEmpty { builder.extras.append(ExtraCell(name: name, value: cell)) }
            }
        }
    }

    /// Makes room in the arena for the record's fields however they decode: three bytes of
    /// UTF-8 for each byte of Windows-1252 at most.
    private func makeRoom(for spans: [FieldSpan], record: RecordStart) throws(CSVProblem) {
        let length = (spans.last?.end ?? record.offset) - record.offset
        let room: Bool
        do {
            room = try normaliser.arena.reserve(length * 3 + 64)
        } catch {
            throw CSVProblem(error, at: scanner.location(of: record.offset, lineOfRecord: record))
        }
        guard room else { throw CSVProblem(.tooLarge, at: scanner.location(of: record.offset, lineOfRecord: record)) }
    }

    /// One field through the normaliser, its failures located in the file.
    private func normalise(_ span: FieldSpan, as shape: FieldNormaliser.Shape, record: RecordStart) throws(CSVProblem) -> Cell {
        do {
            return try normaliser.normalise(span, as: shape)
        } catch {
            switch error {
            case .invalidUTF8(let offset):
                let byte = normaliser.file[offset]
                throw CSVProblem(.invalidUTF8(row: record.row, byte: byte), at: scanner.location(of: offset, lineOfRecord: record))
            case .tooLarge:
                throw CSVProblem(.tooLarge, at: scanner.location(of: span.start, lineOfRecord: record))
            case .outOfMemory(let failure):
                throw CSVProblem(failure, at: scanner.location(of: span.start, lineOfRecord: record))
            }
        }
    }
}
