/// Link addresses that run code or reach outside the web when followed:
/// `javascript:`, `vbscript:`, `file:` and `data:`, read the way a browser reads them.
enum DangerousURL {
    static let schemes: Set<String> = ["javascript", "vbscript", "file", "data"]

    /// Whether `url` starts with one of ``schemes``, in any case, after the leading spaces and
    /// control characters browsers skip, and ignoring the tabs and line breaks they remove.
    static func matches(_ url: some Sequence<UInt8>) -> Bool {
        var scheme: [UInt8] = []
        for byte in url {
            switch byte {
            case 0...0x20 where scheme.isEmpty, UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: ":"):
                return schemes.contains(String(decoding: scheme, as: UTF8.self))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                scheme.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                scheme.append(byte | 0x20)
            default:
                return false  // No scheme: a relative address.
            }
            if scheme.count > 10 { return false }  // Longer than any of ours.
        }
        return false
    }
}
