/// One row's values on their way into the book: the cells, consents, days and extra fields
/// read from its columns, before the address decides whether it is a new contact or a merge.
/// One builder is reused for every row of a file, so rows cost no allocation.
struct RowBuilder {
    /// The text cells, by ``StoredField``.
    let cells: PlainVector<Cell>
    /// The address as written, trimmed.
    var address = Cell.empty
    /// Consents in the order read; a purpose is the lower-case bytes of its name.
    var consents: [(purpose: [UInt8], day: Int32)] = []
    var termStart: Int32 = 0
    var termEnd: Int32 = 0
    var extras: [ExtraCell] = []
    /// Values that could not be read, for the book's problems if the row is kept.
    var notes: [RowProblem.Reason] = []

    /// An empty builder.
    init() throws(AllocationFailure) {
        cells = try PlainVector(capacity: StoredField.stride)
        for _ in 0..<StoredField.stride { try cells.append(.empty) }
    }

    /// Empties the builder for the next row, keeping its storage.
    mutating func reset() {
        cells.base.update(repeating: .empty, count: StoredField.stride)
        address = .empty
        consents.removeAll(keepingCapacity: true)
        termStart = 0
        termEnd = 0
        extras.removeAll(keepingCapacity: true)
        notes.removeAll(keepingCapacity: true)
    }

    /// Adds consent for `purpose`; a purpose already given keeps its day, or takes this one.
    mutating func addConsent(_ purpose: [UInt8], day: Int32) {
        if let index = consents.firstIndex(where: { $0.purpose == purpose }) {
            if consents[index].day == 0 { consents[index].day = day }
        } else {
            consents.append((purpose, day))
        }
    }

    /// Reads a consent list cell: `newsletter|petitions:2024-03-01`, items separated by `|`,
    /// `,` or `;`, a day after `:` or `=`.
    mutating func addConsentList(_ text: String, column: String) {
        for item in Self.items(text) {
            let parts = item.split(maxSplits: 1) { $0 == ":" || $0 == "=" }
            let purpose = Array(parts[0].trimmed.lowercased().utf8)
            guard !purpose.isEmpty else { continue }
            var day: Int32 = 0
            if parts.count == 2 {
                guard let given = CalendarDay(String(parts[1].trimmed)) else {
                    notes.append(.unreadableConsent(column: column, value: String(item)))
                    continue
                }
                day = given.packed
            }
            addConsent(purpose, day: day)
        }
    }

    /// Reads a cell of consent for one purpose: empty or no, yes, or the day it was given.
    mutating func addConsent(_ purpose: [UInt8], cell text: UnsafeBufferPointer<UInt8>, column: String) {
        guard !text.isEmpty else { return }
        if let day = CalendarDay(utf8: text) {
            addConsent(purpose, day: day.packed)
            return
        }
        // Short ASCII words, by far the most common, are looked up packed in a number.
        let packed = Self.packedLowercase(text)
        if packed.map({ Self.packedYes.contains($0) }) ?? Self.yes.contains(String(decoding: text, as: UTF8.self).lowercased()) {
            addConsent(purpose, day: 0)
        } else if !(packed.map({ Self.packedNo.contains($0) }) ?? Self.no.contains(String(decoding: text, as: UTF8.self).lowercased())) {
            notes.append(.unreadableConsent(column: column, value: String(decoding: text, as: UTF8.self)))
        }
    }

    /// The packed day in a cell of a term's day, or 0 when it is empty or, noted, not a day.
    mutating func day(_ text: UnsafeBufferPointer<UInt8>, column: String) -> Int32 {
        guard !text.isEmpty else { return 0 }
        guard let day = CalendarDay(utf8: text) else {
            notes.append(.unreadableDate(column: column, value: String(decoding: text, as: UTF8.self)))
            return 0
        }
        return day.packed
    }

    /// The words that say yes and no in consent columns, in the languages of the synonyms.
    static let yes: Set<String> = ["yes", "y", "true", "1", "x", "ok", "oui", "ja", "j", "sí", "si", "tak", "opt-in", "optin", "✓", "✔"]
    static let no: Set<String> = ["no", "n", "false", "0", "non", "nee", "nein", "nie", "opt-out", "optout"]

    /// The ASCII words of ``yes`` and ``no``, packed: a dozen numbers, searched faster than hashed.
    static let packedYes = yes.compactMap { word in Array(word.utf8).withUnsafeBufferPointer(packedLowercase) }
    static let packedNo = no.compactMap { word in Array(word.utf8).withUnsafeBufferPointer(packedLowercase) }

    /// Up to eight ASCII bytes, lower-cased, packed in a number; `nil` for anything longer or not ASCII.
    static func packedLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            packed = packed << 8 | UInt64(CanonicalCells.asciiLower(byte))
        }
        return packed
    }

    /// The non-empty items of a list cell, separated by `|`, `,` or `;`, trimmed.
    static func items(_ text: String) -> [Substring] {
        text.split { $0 == "|" || $0 == "," || $0 == ";" }.map(\.trimmed).filter { !$0.isEmpty }
    }
}

extension Substring {
    /// Without white space at either end.
    var trimmed: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
