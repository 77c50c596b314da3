extension ContactBook {
    /// Merges the later row at `row` into `contact` by the book's merge rule: the contact's
    /// fields win, the row fills the empty ones, tags and consents are unioned. Returns the
    /// fields the row filled or added to, in storage order.
    mutating func merge(_ row: Int, into contact: Int) throws(AllocationFailure) -> [ContactField] {
        var filled: [ContactField] = []
        let base = contact * StoredField.stride
        for field in StoredField.allCases {
            guard let name = field.field, field != .address, field != .tags, field != .consents else { continue }
            let incoming = table.cell(row, field)
            if table.cells[base + field.rawValue].isEmpty, !incoming.isEmpty {
                table.cells[base + field.rawValue] = incoming
                filled.append(name)
            }
        }
        if try mergeTags(table.cell(row, .tags), into: base + StoredField.tags.rawValue) {
            filled.append(.tags)
        }
        let consents = CanonicalCells.consentList(table.text(table.cell(row, .consents)))
        if try mergeConsents(consents, into: base + StoredField.consents.rawValue) {
            filled.append(.consents)
        }
        let incoming = table.rows[row]
        if table.rows[contact].termStart == 0, incoming.termStart != 0 {
            table.rows[contact].termStart = incoming.termStart
            filled.append(.termStart)
        }
        if table.rows[contact].termEnd == 0, incoming.termEnd != 0 {
            table.rows[contact].termEnd = incoming.termEnd
            filled.append(.termEnd)
        }
        filled += try mergeExtras(Array(table.extraCells(of: row)), into: contact)
        return filled
    }

    /// Adds the tags of `incoming` that the cell at `index` lacks; whether it added any.
    private mutating func mergeTags(_ incoming: Cell, into index: Int) throws(AllocationFailure) -> Bool {
        let own = table.cells[index]
        let arena = table.arena
        guard !incoming.isEmpty, try arena.reserve(Int(own.count) + Int(incoming.count) + 1) else { return false }
        let start = arena.count
        let ownBytes = table.bytes(own)
        if let base = ownBytes.baseAddress { arena.append(base, count: ownBytes.count) }
        var added = false
        CompiledFilter.forEachItem(table.bytes(incoming)) { tag in
            guard !CanonicalCells.contains(tag, inList: arena.bytes(arena.cell(from: start))) else { return }
            if arena.count > start { arena.append(0x7C) }
            arena.append(tag.baseAddress!, count: tag.count)
            added = true
        }
        guard added else {
            arena.truncate(to: start)
            return false
        }
        table.cells[index] = arena.cell(from: start)
        return true
    }

    /// Adds the consents the cell at `index` lacks, and days it lacks; whether it changed.
    private mutating func mergeConsents(_ incoming: [(purpose: [UInt8], day: Int32)], into index: Int) throws(AllocationFailure) -> Bool {
        guard !incoming.isEmpty else { return false }
        var union = try RowBuilder()
        for consent in CanonicalCells.consentList(table.text(table.cells[index])) {
            union.addConsent(consent.purpose, day: consent.day)
        }
        let before = union.consents
        for consent in incoming { union.addConsent(consent.purpose, day: consent.day) }
        guard !union.consents.elementsEqual(before, by: { $0.purpose == $1.purpose && $0.day == $1.day }) else { return false }
        guard try table.arena.reserve(union.consents.reduce(0) { $0 + $1.purpose.count + 12 }) else { return false }
        table.cells[index] = CanonicalCells.consents(union.consents, in: table.arena)
        return true
    }

    /// Adds the extra fields the contact lacks, as a new run of the extras; the fields added.
    private mutating func mergeExtras(_ incoming: [ExtraCell], into contact: Int) throws(AllocationFailure) -> [ContactField] {
        var run = Array(table.extraCells(of: contact))
        var names = Set(run.map(\.name))
        let added = incoming.filter { names.insert($0.name).inserted }
        guard !added.isEmpty else { return [] }
        run += added
        table.rows[contact].extrasStart = UInt32(table.extras.count)
        table.rows[contact].extrasCount = UInt32(run.count)
        try table.extras.append(contentsOf: run)
        return added.map { .extra(table.extraNames[Int($0.name)]) }
    }
}
