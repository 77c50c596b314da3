/// Base64 (RFC 4648, with padding), for attachments.
enum Base64 {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` in base64, on one line.
    static func encoded(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= bytes.count {
            let value = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out.append(alphabet[Int(value >> 18 & 63)])
            out.append(alphabet[Int(value >> 12 & 63)])
            out.append(alphabet[Int(value >> 6 & 63)])
            out.append(alphabet[Int(value & 63)])
            i += 3
        }
        let rest = bytes.count - i
        if rest > 0 {
            let value = UInt32(bytes[i]) << 16 | (rest == 2 ? UInt32(bytes[i + 1]) << 8 : 0)
            out.append(alphabet[Int(value >> 18 & 63)])
            out.append(alphabet[Int(value >> 12 & 63)])
            out.append(rest == 2 ? alphabet[Int(value >> 6 & 63)] : 0x3D)
            out.append(0x3D)
        }
        return out
    }

    /// Appends `text` (base64 on one line) to `buffer` in lines of 76 characters.
    static func appendLines(_ text: [UInt8], lineBreak: [UInt8], to buffer: inout [UInt8]) {
        var start = 0
        while start < text.count {
            let end = min(start + 76, text.count)
            buffer.append(contentsOf: text[start..<end])
            buffer.append(contentsOf: lineBreak)
            start = end
        }
    }
}
