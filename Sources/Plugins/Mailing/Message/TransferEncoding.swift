/// How a text part's bytes go into the message: as they are (`7bit`) when that is safe, else
/// quoted-printable, chosen per part from what the text holds.
enum TransferEncoding: String {
    /// The text as it is, its line breaks made the message's.
    case sevenBit = "7bit"
    /// Quoted-printable (RFC 2045 §6.7).
    case quotedPrintable = "quoted-printable"

    /// The encoding that carries `text` (UTF-8, LF or CRLF line breaks) exactly: `7bit` only
    /// when it is ASCII without controls, every line is at most 76 bytes, no line ends in a
    /// space or a tab (which transports may strip), no line is a lone `.` (which SMTP would
    /// take for the end) or starts with `From ` (which mbox readers would quote), no lone CR
    /// and no `=_`, which starts the boundaries (see ``MessageEncoder``).
    static func choose(for text: UnsafeBufferPointer<UInt8>) -> TransferEncoding {
        var lineStart = 0, previous: UInt8 = 0x0A
        var i = 0
        while i < text.count {
            let byte = text[i]
            if byte == 0x0A {
                if previous == 0x20 || previous == 0x09 { return .quotedPrintable }
                if i - lineStart > 76 { return .quotedPrintable }
                lineStart = i + 1
            } else if byte == 0x0D {
                guard i + 1 < text.count, text[i + 1] == 0x0A else { return .quotedPrintable }
                if previous == 0x20 || previous == 0x09 { return .quotedPrintable }
                if i - lineStart > 76 { return .quotedPrintable }
                lineStart = i + 2
                i += 2
                previous = 0x0A
                continue
            } else {
                guard byte >= 0x20 && byte < 0x7F || byte == 0x09 else { return .quotedPrintable }
                if byte == 0x5F, previous == 0x3D { return .quotedPrintable }
                if i == lineStart, startsBadLine(text, at: i) { return .quotedPrintable }
            }
            previous = byte
            i += 1
        }
        if previous == 0x20 || previous == 0x09 || text.count - lineStart > 76 { return .quotedPrintable }
        return .sevenBit
    }

    /// Whether the line starting at `i` is a lone `.` or starts with `From `.
    static func startsBadLine(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = text[i]
        if byte == 0x2E {
            return i + 1 == text.count || text[i + 1] == 0x0A || text[i + 1] == 0x0D
        }
        guard byte == 0x46, i + 5 <= text.count else { return false }
        return text[i + 1] == 0x72 && text[i + 2] == 0x6F && text[i + 3] == 0x6D && text[i + 4] == 0x20
    }

    /// Appends `text` as it is, each LF or CRLF as `lineBreak`.
    static func appendSevenBit(_ text: UnsafeBufferPointer<UInt8>, lineBreak: [UInt8], to buffer: inout [UInt8]) {
        var start = 0, i = 0
        while i < text.count {
            guard text[i] == 0x0A || text[i] == 0x0D else {
                i += 1
                continue
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<i]))
            buffer.append(contentsOf: lineBreak)
            i += text[i] == 0x0D ? 2 : 1
            start = i
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<text.count]))
    }
}
