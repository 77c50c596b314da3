/// JSON string literals written straight from UTF-8 bytes: quotes, backslashes and control
/// characters escaped, everything else as it is.
enum JSONString {
    /// Appends `bytes` as a JSON string, quotes included.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ChunkedOutput) {
        output.append(0x22)
        for byte in bytes {
            switch byte {
            case 0x22: output.append("\\\"")
            case 0x5C: output.append("\\\\")
            case 0x0A: output.append("\\n")
            case 0x0D: output.append("\\r")
            case 0x09: output.append("\\t")
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append("\\u00")
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }

    /// Appends `text` as a JSON string, quotes included.
    static func append(_ text: String, to output: inout ChunkedOutput) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }
}
