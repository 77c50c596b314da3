/// JSON string literals written straight from UTF-8 bytes: quotes, backslashes and control
/// characters escaped, everything else as it is.
enum JSONString {
    /// Appends `bytes` as a JSON string, quotes included.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: ChunkedOutput) {
        output.append(0x22)
        // Runs of bytes that need no escaping, by far the most, are copied whole.
        var run = 0
        for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            output.append(UnsafeBufferPointer(rebasing: bytes[run..<index]))
            run = index + 1
            switch byte {
            case 0x22: output.append("\\\"")
            case 0x5C: output.append("\\\\")
            case 0x0A: output.append("\\n")
            case 0x0D: output.append("\\r")
            case 0x09: output.append("\\t")
            default:
                let hex = Array("0123456789abcdef".utf8)
                output.append("\\u00")
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            }
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[run...]))
        output.append(0x22)
    }

    /// Appends `text` as a JSON string, quotes included.
    static func append(_ text: String, to output: ChunkedOutput) {
        var text = text
        text.withUTF8 { append($0, to: output) }
    }
}
