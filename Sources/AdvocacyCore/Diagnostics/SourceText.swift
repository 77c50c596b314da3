import Foundation

/// The lines of a file we read, kept to show the line a diagnostic points at.
///
/// Holds the bytes and where each line starts, so that showing a line costs the same however
/// far into the file it is, and a thousand diagnostics cost a thousand lines, not a thousand
/// reads of the file.
public struct SourceText: Sendable {
    private let bytes: [UInt8]
    /// The offset each line starts at, the first line's (0) first.
    private let lineStarts: [Int]

    /// The text of `bytes`, which may start with a byte order mark and use LF or CRLF.
    public init(bytes: some Collection<UInt8>) {
        var bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
        lineStarts = bytes.withUnsafeBufferPointer { buffer in
            var starts = [0]
            guard let base = buffer.baseAddress else { return starts }
            while let newline = memchr(base + starts[starts.count - 1], 0x0A, buffer.count - starts[starts.count - 1]) {
                starts.append(base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1)
            }
            return starts
        }
    }

    /// The text of a 1-based line, without its line end; invalid UTF-8 shows as U+FFFD.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Substring? in
            let start = lineStarts[number - 1]
            var end = number < lineStarts.count ? lineStarts[number] - 1 : buffer.count
            if end > start, buffer[end - 1] == 0x0D { end -= 1 }
            return Substring(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
        }
    }

    /// Whether the 1-based line holds `byte`: a look at its bytes, without making its text.
    public func line(_ number: Int, contains byte: UInt8) -> Bool {
        guard number >= 1, number <= lineStarts.count else { return false }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] : bytes.count
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, end > start else { return false }
            return memchr(base + start, Int32(byte), end - start) != nil
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
