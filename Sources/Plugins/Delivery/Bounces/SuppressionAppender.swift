public import AdvocacyCore
public import Foundation

/// Adds addresses to a campaign's suppression list, the CSV file the lists stage reads
/// (``SuppressionList``): one row each with the reason and the day, in the file's own columns
/// and delimiter, an address already on the list left alone, every cell made safe from
/// spreadsheet formulas, and the file replaced at once (written beside it, then renamed), so a
/// reader never sees half a row.
public struct SuppressionAppender {
    /// The file.
    public let file: URL

    /// An appender to the list at `file`.
    public init(file: URL) { self.file = file }

    /// Adds `entries` not yet on the list; returns those it added.
    public func append(_ entries: [SuppressionList.Entry]) throws(AdvocateError) -> [SuppressionList.Entry] {
        let shown = Project.displayPath(file)
        var existing: [UInt8] = []
        var list = SuppressionList()
        if FileManager.default.fileExists(atPath: file.path) {
            do {
                existing = Array(try Data(contentsOf: file))
                // A list of a header alone suppresses no one; the contacts reader refuses it as an export without rows.
                if existing.split(separator: 0x0A).count(where: { !$0.allSatisfy { $0 == 0x0D || $0 == 0x20 } }) > 1 {
                    list = try SuppressionList(reading: ContactSource(path: file.path))
                }
            } catch let error as ListError {
                throw AdvocateError(.invalidInput, "\(shown): the suppression list cannot be read, so nothing was added to it", diagnostics: error.diagnostics)
            } catch {
                throw AdvocateError(.missingInput, "\(shown): the suppression list cannot be read: \(error.localizedDescription)")
            }
        }
        var added: [SuppressionList.Entry] = []
        for entry in entries {
            guard var key = AddressNormaliser.key(of: entry.address), key.withUTF8({ list.entry(forKey: $0) }) == nil else { continue }
            list.add(entry)
            added.append(entry)
        }
        guard !added.isEmpty else { return [] }
        let layout = Layout(header: existing)
        var bytes = existing
        if bytes.isEmpty {
            bytes = Array("email,reason,date".utf8) + layout.newline
        } else if bytes.last != 0x0A {
            bytes += layout.newline
        }
        for entry in added {
            bytes += layout.row(for: entry)
        }
        try write(bytes, shown: shown)
        return added
    }

    private func write(_ bytes: [UInt8], shown: String) throws(AdvocateError) {
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw AdvocateError(.cannotCreateOutput, "\(shown): cannot write the suppression list: \(error.localizedDescription)")
        }
    }

    /// Where the address, the reason and the day go in a row of the file, after its header.
    private struct Layout {
        var delimiter: UInt8 = 0x2C
        var columns = 3
        var address = 0
        var reason: Int? = 1
        var day: Int? = 2
        var newline: [UInt8] = [0x0A]

        init(header bytes: [UInt8]) {
            guard !bytes.isEmpty else { return }
            let end = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
            var line = bytes[..<end]
            if line.last == 0x0D {
                line = line.dropLast()
                newline = [0x0D, 0x0A]
            }
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            let candidates: [UInt8] = [0x2C, 0x3B, 0x09]
            delimiter = candidates.max { first, second in line.count { $0 == first } < line.count { $0 == second } } ?? 0x2C
            let names = line.split(separator: delimiter, omittingEmptySubsequences: false).map {
                HeaderSynonyms.fold(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\"", with: ""))
            }
            columns = names.count
            address = names.firstIndex { HeaderSynonyms.field(for: $0) == .email } ?? 0
            reason = names.firstIndex { ["reason", "status", "type", "raison", "reden"].contains($0) }
            day = names.firstIndex { ["date", "since", "suppressed", "datum", "depuis", "sinds"].contains($0) }
        }

        func row(for entry: SuppressionList.Entry) -> [UInt8] {
            var cells = Array(repeating: "", count: columns)
            cells[address] = entry.address
            if let reason { cells[reason] = entry.reason.rawValue }
            if let day, let since = entry.since { cells[day] = since.description }
            let delimiter = self.delimiter
            return ChunkedOutput.rendering { output in
                for (index, cell) in cells.enumerated() {
                    if index > 0 { output.append(delimiter) }
                    var cell = cell
                    cell.withUTF8 { CSVCell.append($0, delimiter: delimiter, to: output) }
                }
            } + newline
        }
    }
}
