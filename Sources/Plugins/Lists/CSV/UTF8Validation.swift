/// UTF-8 validation over raw bytes, by hand: checking a field where it lies in the file is much
/// cheaper than making a String of it, and says exactly which byte is wrong.
enum UTF8Validation {
    /// The offset of the first byte in `start..<end` that is not part of well-formed UTF-8
    /// (no overlong forms, no surrogates, nothing above U+10FFFF), or `nil` when all are.
    static func firstInvalidByte(in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var i = start
        while i < end {
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF  // bounds of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= end, base[i + 1] >= lower, base[i + 1] <= upper else { return i }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
