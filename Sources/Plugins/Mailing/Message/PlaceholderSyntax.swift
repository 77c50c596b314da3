/// How a template's placeholders are found: `{{ name }}`, and in HTML the form a Markdown
/// renderer gives one inside a link's URL, `%7B%7Bname%7D%7D`.
enum PlaceholderSyntax {
    /// The opening and closing of one form of placeholder.
    struct Delimiters {
        let open: [UInt8]
        let close: [UInt8]
    }

    static let braces = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
    static let percentEncoded = Delimiters(open: Array("%7B%7B".utf8), close: Array("%7D%7D".utf8))

    /// The delimiters of the placeholder starting at `i`, or `nil` when none starts there.
    static func opening(in bytes: [UInt8], at i: Int, html: Bool) -> Delimiters? {
        if bytes[i] == 0x7B, starts(bytes, at: i, with: braces.open) { return braces }
        if html, bytes[i] == 0x25, starts(bytes, at: i, with: percentEncoded.open) { return percentEncoded }
        return nil
    }

    /// The name of the placeholder opening at `i` and the offset just past it, or why it is
    /// not one.
    static func placeholder(in bytes: [UInt8], at i: Int, opening: Delimiters) -> Result<(String, Int), MessageError> {
        var j = i + opening.open.count
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        let nameStart = j
        while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
        let nameEnd = j
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        guard starts(bytes, at: j, with: opening.close) else {
            let closed = (j..<bytes.count).contains { starts(bytes, at: $0, with: opening.close) }
            let why = closed ? "holds something other than a name (letters, digits, '_', '-' and dots)" : "has no closing '}}'"
            return .failure(MessageError(.malformedPlaceholder(offset: i, why: why)))
        }
        guard nameEnd > nameStart else { return .failure(MessageError(.malformedPlaceholder(offset: i, why: "holds no name"))) }
        return .success((String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self), j + opening.close.count))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        AddressNormaliser.isLDH(byte) || byte == 0x5F || byte == 0x2E
    }

    private static func starts(_ bytes: [UInt8], at i: Int, with prefix: [UInt8]) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[i + k] != prefix[k] { return false }
        return true
    }
}
