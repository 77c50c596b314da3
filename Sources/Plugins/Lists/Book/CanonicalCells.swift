/// The stored forms of the cells that hold more than text: the language as a code, tags as
/// `a|b`, consents as `newsletter|petitions:2024-03-01`. Filters, merges and lists read these
/// forms only.
enum CanonicalCells {
    /// Whether a cell already holds a lower-case two-letter code.
    static func isLanguageCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 2 && bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Appends `text` to the arena, which has room for it.
    static func append(_ text: String, to arena: ByteArena) -> Cell {
        let start = arena.count
        var text = text
        text.withUTF8 { if let base = $0.baseAddress { arena.append(base, count: $0.count) } }
        return arena.cell(from: start)
    }

    /// The tags of a cell, each once (compared ignoring case), separated by `|`; the cell itself
    /// when it holds a single tag.
    static func tags(_ cell: Cell, in arena: ByteArena) -> Cell {
        let bytes = arena.bytes(cell)
        guard bytes.contains(where: { $0 == 0x7C || $0 == 0x2C || $0 == 0x3B }) else { return cell }
        return append(joined(RowBuilder.items(arena.string(cell)).map(String.init)), to: arena)
    }

    /// `tags` without repeats, compared ignoring case, joined by `|`.
    static func joined(_ tags: [String]) -> String {
        var seen = Set<String>()
        return tags.filter { seen.insert($0.lowercased()).inserted }.joined(separator: "|")
    }

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
