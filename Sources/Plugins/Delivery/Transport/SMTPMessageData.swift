/// The bytes sent after `DATA`: the message with every line end made CRLF (a bare LF or CR
/// becomes CRLF), a dot doubled at the start of each line (RFC 5321 4.5.2), and the closing
/// `.` line.
enum SMTPMessageData {
    /// The wire form of `message`.
    static func encode(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count + message.count / 32 + 5)
        var atLineStart = true
        var index = message.startIndex
        while index < message.endIndex {
            let byte = message[index]
            index += 1
            switch byte {
            case 0x0D:
                if index < message.endIndex, message[index] == 0x0A { index += 1 }
                out.append(0x0D); out.append(0x0A)
                atLineStart = true
            case 0x0A:
                out.append(0x0D); out.append(0x0A)
                atLineStart = true
            default:
                if atLineStart, byte == 0x2E { out.append(0x2E) }
                out.append(byte)
                atLineStart = false
            }
        }
        if !atLineStart { out.append(0x0D); out.append(0x0A) }
        out.append(contentsOf: [0x2E, 0x0D, 0x0A])
        return out
    }
}
