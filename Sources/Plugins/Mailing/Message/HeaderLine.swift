/// One header field being written into a message's buffer, folded so that no line exceeds
/// 78 characters: tokens are appended one by one and a fold (a line break and a space) goes
/// before a token that would not fit on the current line.
struct HeaderLine {
    /// The longest line this writer makes, as RFC 5322 recommends.
    static let limit = 78

    private(set) var column: Int
    private let lineBreak: [UInt8]

    /// Starts the field `name` (`Subject`) in `buffer`: writes `Subject:`.
    init(_ name: String, lineBreak: [UInt8], into buffer: inout [UInt8]) {
        buffer.append(contentsOf: name.utf8)
        buffer.append(0x3A)
        column = name.utf8.count + 1
        self.lineBreak = lineBreak
    }

    /// Appends a space then `token`, folding first when the token would not fit.
    mutating func append<Bytes: Collection<UInt8>>(_ token: Bytes, into buffer: inout [UInt8]) {
        let count = token.count
        if column + 1 + count > Self.limit, column > 0 {
            buffer.append(contentsOf: lineBreak)
            column = 0
        }
        buffer.append(0x20)
        buffer.append(contentsOf: token)
        column += 1 + count
    }

    /// Appends `token` right after what is written, without a space or a fold: a comma or
    /// `>` that must stay with the token before it.
    mutating func appendAttached<Bytes: Collection<UInt8>>(_ token: Bytes, into buffer: inout [UInt8]) {
        buffer.append(contentsOf: token)
        column += token.count
    }

    /// Appends `text` as RFC 2047 `Q` encoded words in UTF-8, each at most 75 characters and
    /// fitting the line it starts on, split between characters, never inside one: a reader
    /// joins adjacent encoded words and drops the folds between them.
    mutating func appendEncodedWords(_ text: String, into buffer: inout [UInt8]) {
        let prefix = Array("=?UTF-8?Q?".utf8), suffix: [UInt8] = [0x3F, 0x3D]
        var word: [UInt8] = []
        var scalarBytes: [UInt8] = []
        func room() -> Int {
            // A word must fit the current line after a space, or a fresh line after the fold.
            let onThisLine = Self.limit - column - 1 - prefix.count - suffix.count
            return onThisLine >= 12 ? min(onThisLine, 75 - prefix.count - suffix.count) : 75 - prefix.count - suffix.count
        }
        // A text that fits one encoded word goes whole onto a fresh line rather than split.
        let whole = text.utf8.reduce(0) { $0 + ($1 == 0x20 || HeaderText.literalInEncodedWord[Int($1)] ? 1 : 3) }
        var budget = whole <= 75 - prefix.count - suffix.count ? 75 - prefix.count - suffix.count : room()
        var utf8 = text.utf8.makeIterator()
        var pending = utf8.next()
        while let first = pending {
            // One character's bytes: the first, then its continuation bytes (10xxxxxx).
            scalarBytes.removeAll(keepingCapacity: true)
            var byte = first
            repeat {
                if byte == 0x20 {
                    scalarBytes.append(0x5F)
                } else if HeaderText.literalInEncodedWord[Int(byte)] {
                    scalarBytes.append(byte)
                } else {
                    scalarBytes.append(0x3D)
                    scalarBytes.append(Hex.upper[Int(byte >> 4)])
                    scalarBytes.append(Hex.upper[Int(byte & 0xF)])
                }
                pending = utf8.next()
                guard let next = pending, next & 0xC0 == 0x80 else { break }
                byte = next
            } while true
            if word.count + scalarBytes.count > budget, !word.isEmpty {
                append(prefix + word + suffix, into: &buffer)
                word.removeAll(keepingCapacity: true)
                budget = room()
            }
            word.append(contentsOf: scalarBytes)
        }
        if !word.isEmpty || text.isEmpty { append(prefix + word + suffix, into: &buffer) }
    }

    /// Ends the field with a line break.
    func finish(into buffer: inout [UInt8]) {
        buffer.append(contentsOf: lineBreak)
    }
}

/// Hexadecimal digits as bytes.
enum Hex {
    /// `0`–`9`, `A`–`F`.
    static let upper: [UInt8] = Array("0123456789ABCDEF".utf8)
}
