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
        let extraNumbers = format.columns.map { column -> UInt32? in
            if case .extra(let name) = column { return table.existingExtraNumber(name) }
            return nil
        }
        let languageCodes = list.languages.map { Array($0.code.utf8) }
        for member in list.members {
            let position = Int(member.contact)
            for (index, column) in format.columns.enumerated() {
                if index > 0 { output.append(delimiter) }
                switch column {
                case .language:
                    languageCodes[Int(member.language)].withUnsafeBufferPointer { CSVCell.append($0, delimiter: delimiter, to: output) }
                case .extra:
                    let cell = extraNumbers[index].flatMap { number in table.extraCells(of: position).first { $0.name == number }?.value }
                    CSVCell.append(table.arena.bytes(cell ?? .empty), delimiter: delimiter, to: output)
                default:
                    if let stored = StoredField(column) {
                        CSVCell.append(table.arena.bytes(table.cell(position, stored)), delimiter: delimiter, to: output)
                    } else {
                        var text = list.book[position][column]
                        text.withUTF8 { CSVCell.append($0, delimiter: delimiter, to: output) }
                    }
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
