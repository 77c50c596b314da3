import Foundation

/// How a generated export is written: the quirks of the program that wrote it.
public struct CSVExport: Sendable {
    /// The character encoding of the bytes.
    public enum Encoding: Sendable {
        /// UTF-8.
        case utf8
        /// Windows-1252; every character written must be in it (see
        /// ``ContactGenerator/Options/windows1252Safe``).
        case windows1252
    }

    /// The byte between fields.
    public var delimiter: UInt8
    /// Whether the file starts with a UTF-8 byte order mark.
    public var byteOrderMark: Bool
    /// What ends a record: `"\n"` or `"\r\n"`. Line breaks inside fields stay `"\n"`, as Excel writes them.
    public var lineEnding: String
    /// The encoding.
    public var encoding: Encoding

    /// An export style.
    public init(delimiter: UInt8, byteOrderMark: Bool, lineEnding: String, encoding: Encoding) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.lineEnding = lineEnding
        self.encoding = encoding
    }

    /// A clean UTF-8 file: `,`, LF, no byte order mark.
    public static let plain = CSVExport(delimiter: 0x2C, byteOrderMark: false, lineEnding: "\n", encoding: .utf8)
    /// Excel's "CSV UTF-8" where the decimal separator is a comma: `;`, CRLF, a byte order mark.
    public static let excelUTF8 = CSVExport(delimiter: 0x3B, byteOrderMark: true, lineEnding: "\r\n", encoding: .utf8)
    /// Excel's plain "CSV" on Windows in western Europe: `;`, CRLF, Windows-1252.
    public static let excelWindows1252 = CSVExport(delimiter: 0x3B, byteOrderMark: false, lineEnding: "\r\n", encoding: .windows1252)

    /// The whole file: `header`, then `rows`.
    public func render(header: [String], rows: [[String]]) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for record in [header] + rows { append(record, to: &bytes) }
        return bytes
    }

    /// Writes `header` and rows `0..<count` of `generator` to the file at `path`, a megabyte at a
    /// time, and returns the number of bytes written.
    @discardableResult
    public func write(_ generator: ContactGenerator, rows count: Int, header: [String] = ContactGenerator.header, toFile path: String) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { try? handle.close() }
        var chunk: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        append(header, to: &chunk)
        var total = 0
        for index in 0..<count {
            append(generator.row(index), to: &chunk)
            if chunk.count >= 1 << 20 {
                try handle.write(contentsOf: chunk)
                total += chunk.count
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty {
            try handle.write(contentsOf: chunk)
            total += chunk.count
        }
        return total
    }

    /// Appends one record, quoting a field only when it holds the delimiter, a quote or a line break.
    private func append(_ record: [String], to bytes: inout [UInt8]) {
        for (index, field) in record.enumerated() {
            if index > 0 { bytes.append(delimiter) }
            let encoded = encode(field)
            if encoded.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                bytes.append(0x22)
                for byte in encoded {
                    bytes.append(byte)
                    if byte == 0x22 { bytes.append(0x22) }
                }
                bytes.append(0x22)
            } else {
                bytes += encoded
            }
        }
        bytes += encode(lineEnding)
    }

    private func encode(_ text: String) -> [UInt8] {
        switch encoding {
        case .utf8:
            return Array(text.utf8)
        case .windows1252:
            return text.unicodeScalars.map { scalar in
                if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
                guard let byte = Self.windows1252High[scalar.value] else {
                    preconditionFailure("U+\(String(scalar.value, radix: 16)) is not in Windows-1252; generate with windows1252Safe")
                }
                return byte
            }
        }
    }

    /// The characters of Windows-1252's bytes 0x80–0x9F that generated text may hold.
    private static let windows1252High: [UInt32: UInt8] = [0x20AC: 0x80, 0x0152: 0x8C, 0x0153: 0x9C, 0x0160: 0x8A, 0x0161: 0x9A, 0x0178: 0x9F, 0x017D: 0x8E, 0x017E: 0x9E]
}
