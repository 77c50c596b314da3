/// A ``ContactFilter`` made into a test over one book's storage: values folded once, columns
/// resolved to cells, so a million contacts are tested without making a String for each.
enum CompiledFilter {
    /// Whether the contact at a position matches.
    typealias Test = (Int) -> Bool

    /// The test for `filter` over the contacts of `table`.
    static func compile(_ filter: ContactFilter, for table: ContactTable) -> Test {
        switch filter {
        case .equals(let field, let value):
            return compile(.oneOf(field, [value]), for: table)
        case .oneOf(let field, let values):
            return equals(field, values, table)
        case .exists(let field):
            return exists(field, table)
        case .hasTag(let tag):
            return equals(.tags, [tag], table)
        case .inOffice(let day):
            let day = day.packed
            return { position in
                let row = table.rows[position]
                guard row.termStart != 0 || row.termEnd != 0 else { return false }
                return (row.termStart == 0 || row.termStart <= day) && (row.termEnd == 0 || day <= row.termEnd)
            }
        case .not(let inner):
            let test = compile(inner, for: table)
            return { !test($0) }
        case .all(let filters):
            let tests = filters.map { compile($0, for: table) }
            return { position in tests.allSatisfy { $0(position) } }
        case .any(let filters):
            let tests = filters.map { compile($0, for: table) }
            return { position in tests.contains { $0(position) } }
        }
    }

    private static func equals(_ field: ContactField, _ values: [String], _ table: ContactTable) -> Test {
        switch field {
        case .email:
            let keys = values.compactMap(AddressNormaliser.key(of:)).map { Array($0.utf8) }
            return { position in
                let key = table.bytes(table.cell(position, .key))
                return keys.contains { $0.withUnsafeBufferPointer { key.hasSameBytes(as: $0) } }
            }
        case .language:
            let codes = values.map { value in
                FoldedText(Array(value.utf8).withUnsafeBufferPointer { LanguageValue.code($0) })
            }
            return { position in
                let cell = table.bytes(table.cell(position, .language))
                return codes.contains { $0.matches(cell) }
            }
        case .tags:
            let tags = values.map(FoldedText.init)
            return { position in
                var found = false
                forEachItem(table.bytes(table.cell(position, .tags))) { tag in
                    found = found || tags.contains { $0.matches(tag) }
                }
                return found
            }
        case .consent(let purpose):
            let purpose = Array(purpose.lowercased().utf8)
            let days = values.map { $0.lowercased() == "yes" ? Int32(0) : CalendarDay($0)?.packed ?? -1 }
            return { position in
                guard let given = consentDay(purpose, in: table.bytes(table.cell(position, .consents))) else { return false }
                return days.contains { $0 == 0 || $0 == given }
            }
        case .termStart, .termEnd:
            let days = values.compactMap { CalendarDay($0)?.packed }
            let isStart = field == .termStart
            return { position in
                let row = table.rows[position]
                let day = isStart ? row.termStart : row.termEnd
                return day != 0 && days.contains(day)
            }
        case .extra(let name):
            guard let number = table.existingExtraNumber(name) else { return { _ in false } }
            let texts = values.map(FoldedText.init)
            return { position in
                guard let cell = table.extraCells(of: position).first(where: { $0.name == number }) else { return false }
                return texts.contains { $0.matches(table.bytes(cell.value)) }
            }
        default:
            let stored = StoredField(field)!
            let texts = values.map(FoldedText.init)
            return { position in
                let cell = table.bytes(table.cell(position, stored))
                return texts.contains { $0.matches(cell) }
            }
        }
    }

    private static func exists(_ field: ContactField, _ table: ContactTable) -> Test {
        switch field {
        case .consent(let purpose):
            let purpose = Array(purpose.lowercased().utf8)
            return { consentDay(purpose, in: table.bytes(table.cell($0, .consents))) != nil }
        case .termStart:
            return { table.rows[$0].termStart != 0 }
        case .termEnd:
            return { table.rows[$0].termEnd != 0 }
        case .extra(let name):
            guard let number = table.existingExtraNumber(name) else { return { _ in false } }
            return { table.extraCells(of: $0).contains { $0.name == number } }
        default:
            let stored = StoredField(field)!
            return { !table.cell($0, stored).isEmpty }
        }
    }

    /// Calls `body` with each `|`-separated item of a stored cell.
    static func forEachItem(_ cell: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for i in 0...cell.count where i == cell.count || cell[i] == 0x7C {
            if i > start { body(UnsafeBufferPointer(rebasing: cell[start..<i])) }
            start = i + 1
        }
    }

    /// The packed day consent for `purpose` was given (0 when the day is not known), or `nil`
    /// when the stored consents cell has no consent for it.
    static func consentDay(_ purpose: [UInt8], in cell: UnsafeBufferPointer<UInt8>) -> Int32? {
        var result: Int32?
        forEachItem(cell) { item in
            guard result == nil else { return }
            let name = item.firstIndex(of: 0x3A).map { UnsafeBufferPointer(rebasing: item[..<$0]) } ?? item
            guard purpose.withUnsafeBufferPointer({ name.hasSameBytes(as: $0) }) else { return }
            result = name.count == item.count ? 0 : CalendarDay(utf8: UnsafeBufferPointer(rebasing: item[(name.count + 1)...]))?.packed ?? 0
        }
        return result
    }
}
