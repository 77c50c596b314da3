/// The stored forms of the cells that hold more than text: the language as a code, tags as
/// `a|b`, consents as `newsletter|petitions:2024-03-01`. Filters, merges and lists read these
/// forms only.
enum CanonicalCells {
    /// Appends `text` to the arena, which has room for it.
    static func append(_ text: String, to arena: ByteArena) -> Cell {
        let start = arena.count
        var text = text
        text.withUTF8 { if let base = $0.baseAddress { arena.append(base, count: $0.count) } }
        return arena.cell(from: start)
    }

    /// The tags of a cell, each once (compared ignoring case), trimmed, separated by `|`,
    /// appended to the arena, which has room for as many bytes as the cell has; the cell itself
    /// when it holds a single tag. Byte by byte: most rows of most exports have tags.
    static func tags(_ cell: Cell, in arena: ByteArena) -> Cell {
        let bytes = arena.bytes(cell)
        guard bytes.contains(where: isSeparator) else { return cell }
        let output = arena.base
        let start = arena.count
        var end = start
        var pieceStart = 0
        for i in 0...bytes.count where i == bytes.count || isSeparator(bytes[i]) {
            var first = pieceStart, last = i
            while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
            pieceStart = i + 1
            let piece = UnsafeBufferPointer(rebasing: bytes[first..<last])
            guard !piece.isEmpty, !contains(piece, inList: UnsafeBufferPointer(start: output + start, count: end - start)) else { continue }
            if end > start {
                output[end] = 0x7C
                end += 1
            }
            (output + end).update(from: piece.baseAddress!, count: piece.count)
            end += piece.count
        }
        arena.didWrite(upTo: end)
        return arena.cell(from: start)
    }

    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x7C || byte == 0x2C || byte == 0x3B }

    /// Whether a `|`-separated list holds `item`, ignoring case.
    static func contains(_ item: UnsafeBufferPointer<UInt8>, inList list: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        CompiledFilter.forEachItem(list) { other in found = found || sameIgnoringCase(item, other) }
        return found
    }

    /// Whether two texts are the same ignoring case: byte by byte for ASCII, through String
    /// lower-casing otherwise.
    static func sameIgnoringCase(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) {
            guard a.count == b.count else { return false }
            for i in 0..<a.count where asciiLower(a[i]) != asciiLower(b[i]) { return false }
            return true
        }
        return String(decoding: a, as: UTF8.self).lowercased() == String(decoding: b, as: UTF8.self).lowercased()
    }

    @inline(__always)
    static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The consents, `purpose` or `purpose:yyyy-mm-dd`, separated by `|`, appended to the arena,
    /// which has room for them.
    static func consents(_ consents: [(purpose: [UInt8], day: Int32)], in arena: ByteArena) -> Cell {
        let start = arena.count
        for (index, consent) in consents.enumerated() {
            if index > 0 { arena.append(0x7C) }
            consent.purpose.withUnsafeBufferPointer { if let base = $0.baseAddress { arena.append(base, count: $0.count) } }
            if consent.day != 0 {
                arena.append(0x3A)
                appendDay(consent.day, to: arena)
            }
        }
        return arena.cell(from: start)
    }

    /// Appends a packed day as `yyyy-mm-dd`.
    private static func appendDay(_ packed: Int32, to arena: ByteArena) {
        let value = Int(packed)
        appendDigits(value / 10_000, width: 4, to: arena)
        arena.append(0x2D)
        appendDigits(value / 100 % 100, width: 2, to: arena)
        arena.append(0x2D)
        appendDigits(value % 100, width: 2, to: arena)
    }

    private static func appendDigits(_ number: Int, width: Int, to arena: ByteArena) {
        var divisor = width == 4 ? 1000 : 10
        while divisor > 0 {
            arena.append(UInt8(0x30 + number / divisor % 10))
            divisor /= 10
        }
    }
}

extension CanonicalCells {
    /// The consents of a stored consents cell.
    static func consentList(_ text: String) -> [(purpose: [UInt8], day: Int32)] {
        text.split(separator: "|").map { item in
            let parts = item.split(separator: ":", maxSplits: 1)
            let day = parts.count == 2 ? CalendarDay(String(parts[1]))?.packed ?? 0 : 0
            return (Array(parts[0].utf8), day)
        }
    }
}
