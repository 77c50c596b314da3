import AdvocacyCore

/// The text of an exchange file, checked to be UTF-8 before any parsing.
enum ExchangeText {
    /// The file's lines as Unicode scalars, without line ends (LF or CRLF) or a leading byte
    /// order mark; or the one problem that keeps the file from being read as text.
    static func lines(of bytes: [UInt8], file: String) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let start = SourceLocation(file: file, line: 1, column: 1)
            return .unreadable(.error("the file is saved as UTF-16; save it as UTF-8", at: start))
        }
        var lines: [[Unicode.Scalar]] = [[]]
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var iterator = bytes.dropFirst(hasByteOrderMark ? 3 : 0).makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue("\n"):
                if lines[lines.count - 1].last == "\r" { lines[lines.count - 1].removeLast() }
                lines.append([])
            case .scalarValue(let scalar):
                lines[lines.count - 1].append(scalar)
            case .emptyInput:
                break decoding
            case .error:
                let place = SourceLocation(file: file, line: lines.count, column: lines[lines.count - 1].count + 1)
                return .unreadable(.error("the file is not valid UTF-8 here; save it as UTF-8", at: place))
            }
        }
        return .lines(lines)
    }

    /// A file's lines, or why it cannot be read as text.
    enum Decoded {
        case lines([[Unicode.Scalar]])
        case unreadable(Diagnostic)
    }
}
