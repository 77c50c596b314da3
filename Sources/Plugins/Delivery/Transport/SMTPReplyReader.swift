/// Turns the bytes a relay sends into whole replies: lines end in CRLF (a bare LF is taken too),
/// `250-…` continues a reply, `250 …` ends it. Bounded: a line past 4 KiB or a reply past 200
/// lines is a protocol error, not a growing buffer.
struct SMTPReplyReader {
    /// Why the relay's bytes are not a reply.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    private var line: [UInt8] = []
    private var code: Int?
    private var lines: [String] = []

    /// Reads `bytes` and returns every reply they completed.
    mutating func read(_ bytes: some Sequence<UInt8>) throws(Malformed) -> [SMTPResponse] {
        var done: [SMTPResponse] = []
        for byte in bytes {
            guard byte == 0x0A else {
                guard line.count < 4096 else { throw Malformed(description: "the relay sent a reply line longer than 4 KiB") }
                line.append(byte)
                continue
            }
            if line.last == 0x0D { line.removeLast() }
            if let response = try take(line) { done.append(response) }
            line.removeAll(keepingCapacity: true)
        }
        return done
    }

    private mutating func take(_ line: [UInt8]) throws(Malformed) -> SMTPResponse? {
        let text = String(decoding: line, as: UTF8.self)
        let digits = line.prefix(3)
        guard digits.count == 3, digits.allSatisfy({ (0x30...0x39).contains($0) }),
              let number = Int(String(decoding: digits, as: UTF8.self)), (100...599).contains(number)
        else { throw Malformed(description: "the relay sent '\(text.prefix(80))', which is not an SMTP reply") }
        if let code, code != number { throw Malformed(description: "the relay changed the code within a reply (\(code), then \(number))") }
        let separator = line.count > 3 ? line[3] : 0x20
        guard separator == 0x20 || separator == 0x2D else {
            throw Malformed(description: "the relay sent '\(text.prefix(80))', which is not an SMTP reply")
        }
        code = number
        lines.append(String(text.dropFirst(4)))
        guard lines.count <= 200 else { throw Malformed(description: "the relay sent a reply of more than 200 lines") }
        guard separator == 0x20 else { return nil }
        defer { code = nil; lines = [] }
        return SMTPResponse(code: number, lines: lines)
    }
}
