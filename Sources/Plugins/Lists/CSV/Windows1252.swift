/// Windows-1252 to UTF-8, by hand and by table: the code page is one byte per character, and
/// only 0x80–0x9F differ from Latin-1, so decoding is a lookup for those and arithmetic for the
/// rest, with no detour through String.
enum Windows1252 {
    /// The characters of bytes 0x80–0x9F. The five bytes Windows leaves undefined (0x81, 0x8D,
    /// 0x8F, 0x90, 0x9D) map to the C1 control of the same number, as the WHATWG encoding
    /// standard and Python do.
    static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87: € ‚ ƒ „ … † ‡
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88–8F: ˆ ‰ Š ‹ Œ · Ž ·
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97: · ' ' " " • – —
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98–9F: ˜ ™ š › œ · ž Ÿ
    ]

    /// The character that `byte` stands for.
    @inline(__always)
    static func scalar(_ byte: UInt8) -> UInt32 {
        byte >= 0x80 && byte < 0xA0 ? UInt32(high[Int(byte) - 0x80]) : UInt32(byte)
    }

    /// Appends the UTF-8 form of `scalar` (below U+10000) to `output`, which has room.
    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to output: UnsafeMutablePointer<UInt8>, at index: inout Int) {
        if scalar < 0x80 {
            output[index] = UInt8(scalar)
            index += 1
        } else if scalar < 0x800 {
            output[index] = UInt8(0xC0 | scalar >> 6)
            output[index + 1] = UInt8(0x80 | scalar & 0x3F)
            index += 2
        } else {
            output[index] = UInt8(0xE0 | scalar >> 12)
            output[index + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[index + 2] = UInt8(0x80 | scalar & 0x3F)
            index += 3
        }
    }
}
