/// Writes an audience's list as CSV, streaming: rows are made one at a time from the book's
/// storage into 64 KiB chunks, never a String per cell nor the whole file in memory.
public enum ListCSVWriter {
    /// Writes `list` in `format` to `sink`, a chunk at a time.
    public static func write(_ list: AudienceList, format: ListCSVFormat = ListCSVFormat(), to sink: @escaping ByteSink) throws(ListError) {
        let output = ChunkedOutput(sink)
        let delimiter = format.delimiter
        if format.style == .excel { output.append("\u{FEFF}") }  // the byte order mark, EF BB BF
        for (index, column) in format.columns.enumerated() {
            if index > 0 { output.append(delimiter) }
            var key = column.key
            key.withUTF8 { CSVCell.append($0, delimiter: delimiter, to: output) }
        }
        output.append("\r\n")
        let table = list.book.table
        // What each column reads, worked out once: no String and no lookup by name per row.
        enum Source {
            case cell(StoredField), language, extra(UInt32?), other(ContactField)
        }
        let sources = format.columns.map { column -> Source in
            switch column {
            case .language: .language
            case .extra(let name): .extra(table.existingExtraNumber(name))
            default: StoredField(column).map(Source.cell) ?? .other(column)
            }
        }
        let languageCodes = list.languages.map { Array($0.code.utf8) }
        for member in list.members {
            let position = Int(member.contact)
            for (index, source) in sources.enumerated() {
                if index > 0 { output.append(delimiter) }
                switch source {
                case .cell(let field):
                    CSVCell.append(table.bytes(table.cell(position, field)), delimiter: delimiter, to: output)
                case .language:
                    languageCodes[Int(member.language)].withUnsafeBufferPointer { CSVCell.append($0, delimiter: delimiter, to: output) }
                case .extra(let number):
                    let cell = number.flatMap { number in table.extraCells(of: position).first { $0.name == number }?.value }
                    CSVCell.append(table.bytes(cell ?? .empty), delimiter: delimiter, to: output)
                case .other(let column):
                    var text = list.book[position][column]
                    text.withUTF8 { CSVCell.append($0, delimiter: delimiter, to: output) }
                }
            }
            output.append("\r\n")
            try output.flushIfFull()
        }
        try output.flush()
    }

    /// Writes `list` in `format` to the file at `path`, atomically: under a temporary name that
    /// is renamed into place once complete.
    public static func write(_ list: AudienceList, format: ListCSVFormat = ListCSVFormat(), toFile path: String) throws(ListError) {
        let file = try AtomicFile(path: path)
        try write(list, format: format, to: file.write)
        try file.commit()
    }
}
