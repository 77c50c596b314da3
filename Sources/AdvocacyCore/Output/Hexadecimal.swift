private let hexadecimalDigits = Array("0123456789abcdef")

extension Sequence<UInt8> {
    /// The bytes in lowercase hexadecimal, two digits each: how digests are written.
    public var hexadecimal: String {
        var text = ""
        for byte in self {
            text.append(hexadecimalDigits[Int(byte >> 4)])
            text.append(hexadecimalDigits[Int(byte & 0x0F)])
        }
        return text
    }
}
