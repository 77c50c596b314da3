/// The escaping of a value put into HTML, text or attribute alike.
enum HTMLEscaping {
    /// Appends `text` to `buffer` with `&`, `<`, `>`, `"` and `'` as character references.
    static func append(_ text: String, to buffer: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x26: buffer.append(contentsOf: "&amp;".utf8)
            case 0x3C: buffer.append(contentsOf: "&lt;".utf8)
            case 0x3E: buffer.append(contentsOf: "&gt;".utf8)
            case 0x22: buffer.append(contentsOf: "&quot;".utf8)
            case 0x27: buffer.append(contentsOf: "&#39;".utf8)
            default: buffer.append(byte)
            }
        }
    }
}
