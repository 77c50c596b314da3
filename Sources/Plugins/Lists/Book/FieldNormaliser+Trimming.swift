/// Trimming, byte by byte from each end.
extension FieldNormaliser {
    /// The part of `start..<end` without white space at either end: ASCII spaces, tabs and line
    /// breaks, and the no-break, narrow no-break, zero-width and ideographic spaces and stray
    /// byte order marks that spreadsheets leave behind.
    static func trimmed(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Range<Int> {
        var start = start, end = end
        while start < end {
            let width = spaceWidth(bytes, startingAt: start, end: end)
            guard width > 0 else { break }
            start += width
        }
        while end > start {
            let width = spaceWidth(bytes, endingAt: end, start: start)
            guard width > 0 else { break }
            end -= width
        }
        return start..<end
    }

    @inline(__always)
    private static func spaceWidth(_ b: UnsafePointer<UInt8>, startingAt i: Int, end: Int) -> Int {
        let byte = b[i]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        guard byte >= 0xC2 else { return 0 }
        if byte == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }
        guard i + 2 < end else { return 0 }
        return isWideSpace(b[i], b[i + 1], b[i + 2]) ? 3 : 0
    }

    @inline(__always)
    private static func spaceWidth(_ b: UnsafePointer<UInt8>, endingAt end: Int, start: Int) -> Int {
        let byte = b[end - 1]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        guard byte >= 0x80 else { return 0 }
        if byte == 0xA0, end - 2 >= start, b[end - 2] == 0xC2 { return 2 }
        guard end - 3 >= start else { return 0 }
        return isWideSpace(b[end - 3], b[end - 2], b[end - 1]) ? 3 : 0
    }

    /// U+200B zero-width space, U+202F narrow no-break space, U+3000 ideographic space and
    /// U+FEFF, the byte order mark.
    @inline(__always)
    private static func isWideSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        (a == 0xE2 && b == 0x80 && (c == 0x8B || c == 0xAF)) || (a == 0xE3 && b == 0x80 && c == 0x80)
            || (a == 0xEF && b == 0xBB && c == 0xBF)
    }
}
