/// The lines of a file we read, kept to show the line a diagnostic points at.
///
/// Holds the bytes and finds a line only when asked: most files never need one shown, and
/// splitting a large file into lines up front would cost more than parsing it.
public struct SourceText: Sendable {
    private let bytes: [UInt8]

    /// The text of `bytes`, which may start with a byte order mark and use LF or CRLF.
    public init(bytes: some Collection<UInt8>) {
        var bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
    }

    /// The text of a 1-based line, without its line end; invalid UTF-8 shows as U+FFFD.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Substring? in
            var start = 0
            var line = 1
            while line < number {
                guard let newline = buffer[start...].firstIndex(of: 0x0A) else { return nil }
                start = newline + 1
                line += 1
            }
            var end = buffer[start...].firstIndex(of: 0x0A) ?? buffer.count
            if end > start, buffer[end - 1] == 0x0D { end -= 1 }
            return Substring(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
        }
    }

    /// The Unicode scalar at a 1-based line and column, if any.
    public func character(atLine line: Int, column: Int) -> Unicode.Scalar? {
        guard let text = self.line(line), column >= 1 else { return nil }
        let scalars = text.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex),
              index < scalars.endIndex
        else { return nil }
        return scalars[index]
    }
}
