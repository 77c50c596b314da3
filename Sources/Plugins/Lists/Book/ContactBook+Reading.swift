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
        var reader = RowReader(
            scanner: scanner, normaliser: FieldNormaliser(file: base, encoding: encoding, arena: table.arena),
            source: UInt32(table.sources.count))
        let headers = try reader.headers(spans, record: headerRecord)
        let headerLocation = SourceLocation(file: source.path, line: headerRecord.line, column: 1)
        let layout = try ColumnLayout(headers: headers, explicit: source.columns, at: headerLocation)
        let targets = ColumnTarget.plan(layout, numberingExtrasIn: &table)
        table.sources.append(source.path)
        sourceLanguages.append(source.language)
        sources.append(SourceSummary(path: source.path))

        var builder = RowBuilder()
        while let record = try reader.scanner.nextRecord(into: &spans) {
            file.release(before: record.offset)
            guard spans.contains(where: { $0.count > 0 }) else { continue }
            sources[sources.count - 1].rows += 1
            let origin = RowOrigin(file: source.path, row: record.row, line: record.line)
            if let rejection = reader.rejection(of: spans, headers: headers) {
                reject(rejection, at: origin)
                continue
            }
            let mark = table.arena.count
            builder.reset()
            try reader.read(spans, record: record, targets: targets, headers: headers, into: &builder)
            guard table.arena.reserve(2048) else { throw CSVProblem(.tooLarge, at: headerLocation) }
            switch AddressNormaliser.normalise(builder.address, in: table.arena) {
            case .failure(.missing):
                table.arena.truncate(to: mark)
                reject(.missingAddress, at: origin)
            case .failure(.invalid(let why)):
                let written = table.text(builder.address)
                table.arena.truncate(to: mark)
                reject(.invalidAddress(written, why: why), at: origin)
            case .success(let address):
                try canonicalise(&builder, location: headerLocation)
                problems.append(contentsOf: builder.notes.map { RowProblem($0, at: origin) })
                add(builder, address: address, origin: origin, arenaMark: mark)
            }
        }
        guard sources[sources.count - 1].rows > 0 else { throw CSVProblem(.headerOnly, at: headerLocation) }
    }

    private mutating func reject(_ reason: RowProblem.Reason, at origin: RowOrigin) {
        problems.append(RowProblem(reason, at: origin))
        sources[sources.count - 1].rejected += 1
    }

    /// Puts the language, tags and consents of a row in their stored forms.
    private mutating func canonicalise(_ builder: inout RowBuilder, location: SourceLocation) throws(CSVProblem) {
        let arena = table.arena
        let language = builder.cells[StoredField.language.rawValue]
        let extra = Int(language.count) * 2 + Int(builder.cells[StoredField.tags.rawValue].count)
            + builder.consents.reduce(0) { $0 + $1.purpose.count + 12 } + 64
        guard arena.reserve(extra) else { throw CSVProblem(.tooLarge, at: location) }
        if !language.isEmpty, !CanonicalCells.isLanguageCode(arena.bytes(language)) {
            builder.cells[StoredField.language.rawValue] = CanonicalCells.append(LanguageValue.code(arena.bytes(language)), to: arena)
        }
        builder.cells[StoredField.tags.rawValue] = CanonicalCells.tags(builder.cells[StoredField.tags.rawValue], in: arena)
        if !builder.consents.isEmpty {
            builder.cells[StoredField.consents.rawValue] = CanonicalCells.consents(builder.consents, in: arena)
        }
    }
}
