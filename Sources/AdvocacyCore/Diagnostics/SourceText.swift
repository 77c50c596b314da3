/// The lines of a file we read, kept to show the line a diagnostic points at.
public struct SourceText: Sendable {
    /// The lines, without their line ends; a leading byte order mark is dropped.
    public let lines: [Substring]

    /// Splits bytes into lines, accepting LF and CRLF; invalid UTF-8 shows as U+FFFD.
    public init(bytes: some Collection<UInt8>) {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is a single Character in Swift, so both line ends are named.
        lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// The text of a 1-based line, if the file has it.
    public func line(_ number: Int) -> Substring? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
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
