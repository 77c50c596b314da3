import Foundation

/// Turns the raw bytes of one field, where they lie in the file, into clean text in the arena,
/// in one pass for the common case: quotes written twice become one, Windows-1252 becomes UTF-8,
/// UTF-8 is checked, the ends are trimmed of white space (the no-break spaces spreadsheets add
/// included), and the text is put in Unicode NFC.
///
/// NFC has a fast path: a field whose bytes are all below 0xCC holds only characters below
/// U+0300, which are all already in NFC (no combining marks, no singleton decompositions), so
/// only fields with later characters go through Foundation's normalisation. Every accented
/// letter of French, Dutch, German, Spanish, Italian and Polish is below U+0300.
struct FieldNormaliser {
    /// What a field holds, which decides how line breaks and other control characters are cleaned.
    enum Shape {
        /// A name, an organisation…: a line break or another control character, or a run of
        /// them, becomes one space, so that no line break ever reaches a mail header or a
        /// list's cell.
        case singleLine
        /// An extra column: line breaks are kept, as data.
        case multiLine
        /// An address: trimmed only, never normalised, since its local part is kept as written.
        /// A control character inside becomes a space, which makes the address invalid.
        case address
    }

    /// Why a field could not be read.
    enum Failure: Error {
        /// The byte at this offset of the file is not UTF-8.
        case invalidUTF8(offset: Int)
        /// The arena is full (normalisation to NFC may make a field longer).
        case tooLarge
        /// The system refused the arena the memory to grow.
        case outOfMemory(AllocationFailure)
    }

    let file: UnsafePointer<UInt8>
    let encoding: CSVDialect.Encoding
    let arena: ByteArena

    /// The field's clean text, appended to the arena, which has room for three bytes for each
    /// of the field's (what Windows-1252 may take in UTF-8).
    func normalise(_ span: FieldSpan, as shape: Shape) throws(Failure) -> Cell {
        var (largest, smallest, mayBreakLine) = survey(span)
        let isASCII = largest < 0x80
        if !isASCII, encoding == .utf8, let bad = UTF8Validation.firstInvalidByte(in: file, from: span.start, to: span.end) {
            throw .invalidUTF8(offset: bad)
        }
        let start = arena.count
        let cleansLines = shape != .multiLine && (smallest < 0x20 || (mayBreakLine && encoding == .utf8))
        if span.hasDoubledQuotes || cleansLines || (!isASCII && encoding == .windows1252) {
            copyCleaning(span, breaksToSpace: shape != .multiLine)
            if encoding == .windows1252 { largest = arena.bytes(arena.cell(from: start)).reduce(0) { max($0, $1) } }
        } else {
            arena.append(file + span.start, count: span.count)
        }
        var cell = arena.cell(Self.trimmed(arena.base, from: start, to: arena.count))
        if shape != .address, largest >= 0xCC {
            cell = try precomposed(cell)
        }
        return cell
    }

    /// The largest and smallest bytes of a field, and whether it holds a lead byte of NEL
    /// (C2 85) or of U+2028 and U+2029 (E2 80 A8/A9). Eight bytes at a time while they are all
    /// ASCII, where only "some byte is below 0x20" matters and the largest is reported as 0x7F;
    /// byte by byte otherwise.
    @inline(__always)
    private func survey(_ span: FieldSpan) -> (largest: UInt8, smallest: UInt8, mayBreakLine: Bool) {
        let raw = UnsafeRawPointer(file + span.start)
        var high: UInt64 = 0, below: UInt64 = 0
        var i = 0
        while i + 8 <= span.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= word
            below |= (word &- 0x2020_2020_2020_2020) & ~word  // a byte below 0x20 sets its top bit
            i += 8
        }
        var tailLargest: UInt8 = 0, tailSmallest: UInt8 = 0xFF
        while i < span.count {
            let byte = file[span.start + i]
            tailLargest = max(tailLargest, byte)
            tailSmallest = min(tailSmallest, byte)
            i += 1
        }
        if high & 0x8080_8080_8080_8080 == 0, tailLargest < 0x80 {
            let control = below & 0x8080_8080_8080_8080 != 0 || tailSmallest < 0x20
            return (0x7F, control ? 0 : 0x20, false)
        }
        var largest: UInt8 = 0, smallest: UInt8 = 0xFF, mayBreakLine = false
        for i in span.start..<span.end {
            let byte = file[i]
            largest = max(largest, byte)
            smallest = min(smallest, byte)
            mayBreakLine = mayBreakLine || byte == 0xC2 || byte == 0xE2
        }
        return (largest, smallest, mayBreakLine)
    }

    /// Copies a field byte by byte: one quote of each doubled pair, Windows-1252 decoded, and
    /// with `breaksToSpace`, each run of control characters and Unicode line separators (NEL,
    /// U+2028, U+2029) as one space.
    private func copyCleaning(_ span: FieldSpan, breaksToSpace: Bool) {
        let output = arena.base
        var o = arena.count
        var i = span.start
        var inBreak = false
        while i < span.end {
            let byte = file[i]
            var breakLength = 0
            if breaksToSpace {
                if byte < 0x20 {
                    breakLength = 1
                } else if encoding == .utf8, byte == 0xC2, i + 1 < span.end, file[i + 1] == 0x85 {
                    breakLength = 2
                } else if encoding == .utf8, byte == 0xE2, i + 2 < span.end, file[i + 1] == 0x80, file[i + 2] & 0xFE == 0xA8 {
                    breakLength = 3
                }
            }
            if breakLength > 0 {
                if !inBreak, o > arena.count, output[o - 1] != 0x20 {
                    output[o] = 0x20
                    o += 1
                }
                inBreak = true
                i += breakLength
                continue
            }
            inBreak = false
            if encoding == .windows1252, byte >= 0x80 {
                Windows1252.appendUTF8(Windows1252.scalar(byte), to: output, at: &o)
            } else {
                output[o] = byte
                o += 1
            }
            // In a quoted field quotes come in pairs; the second of each is skipped.
            i += byte == 0x22 && span.hasDoubledQuotes ? 2 : 1
        }
        arena.didWrite(upTo: o)
    }

    /// The cell's text in NFC, rewritten in place when normalisation changes it.
    private func precomposed(_ cell: Cell) throws(Failure) -> Cell {
        let text = arena.string(cell)
        let composed = text.precomposedStringWithCanonicalMapping
        // Strings compare by canonical equivalence, so the bytes are what tell a change.
        guard !composed.utf8.elementsEqual(text.utf8) else { return cell }
        arena.truncate(to: Int(cell.start))
        let utf8 = Array(composed.utf8)
        let room: Bool
        do {
            room = try arena.reserve(utf8.count)
        } catch {
            throw .outOfMemory(error)
        }
        guard room else { throw .tooLarge }
        utf8.withUnsafeBufferPointer { arena.append($0.baseAddress!, count: $0.count) }
        return arena.cell(from: Int(cell.start))
    }
}
