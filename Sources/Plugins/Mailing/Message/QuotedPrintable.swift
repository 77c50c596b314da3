/// Quoted-printable (RFC 2045 §6.7) as a mailing needs it: lines of at most 76 characters with
/// soft breaks, every byte that is not printable ASCII as `=XX`, a space or tab before a line
/// end as `=20`/`=09`, and at the start of every line a `.` (SMTP) or the `F` of `From `
/// (mbox) as `=2E`/`=46`, so that no transport or mailbox changes the text.
enum QuotedPrintable {
    /// The longest line written, soft break included.
    static let lineLimit = 76

    /// Whether a byte goes as it is (printable ASCII but `=`, space allowed mid-line).
    private static let literal: [Bool] = (0..<256).map { byte in
        (byte >= 0x20 && byte < 0x7F && byte != 0x3D)
    }

    /// Appends `text` (UTF-8, with LF or CRLF line breaks, which become `lineBreak`; a lone
    /// CR is kept as `=0D`) in quoted-printable.
    static func append(_ text: UnsafeBufferPointer<UInt8>, lineBreak: [UInt8], to buffer: inout [UInt8]) {
        var column = 0
        var i = 0
        let count = text.count
        while i < count {
            let byte = text[i]
            if byte == 0x0A || (byte == 0x0D && i + 1 < count && text[i + 1] == 0x0A) {
                buffer.append(contentsOf: lineBreak)
                column = 0
                i += byte == 0x0D ? 2 : 1
                continue
            }
            let atLineEnd = i + 1 == count || text[i + 1] == 0x0A || (text[i + 1] == 0x0D && i + 2 < count && text[i + 2] == 0x0A)
            var encode = !literal[Int(byte)]
            if byte == 0x20, atLineEnd { encode = true }
            if column == 0, TransferEncoding.startsBadLine(text, at: i) { encode = true }
            let width = encode ? 3 : 1
            // A soft break leaves room for its `=`; the last character of a line needs none.
            let limit = atLineEnd ? lineLimit : lineLimit - 1
            if column + width > limit {
                buffer.append(0x3D)
                buffer.append(contentsOf: lineBreak)
                column = 0
                // The new line may start with a `.` or `From `.
                if !encode, TransferEncoding.startsBadLine(text, at: i) || byte == 0x2E {
                    encode = true
                }
            }
            if encode {
                buffer.append(0x3D)
                buffer.append(Hex.upper[Int(byte >> 4)])
                buffer.append(Hex.upper[Int(byte & 0xF)])
                column += 3
            } else {
                buffer.append(byte)
                column += 1
            }
            i += 1
        }
    }
}
