/// Line ends as a mail system stores a message: what went over SMTP with CRLF lands in a
/// Maildir or a stand-in's record with LF.
public enum LineEnds {
    /// `bytes` with every CRLF turned into LF; a lone CR stays.
    public static func lf(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            out.append(byte)
        }
        return out
    }
}
