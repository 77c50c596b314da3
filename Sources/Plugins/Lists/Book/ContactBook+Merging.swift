extension ContactBook {
    /// Merges a later row into `contact` by the book's merge rule: the contact's fields win, the
    /// row fills the empty ones, tags and consents are unioned. Returns the fields the row filled
    /// or added to, in storage order.
    mutating func merge(_ builder: RowBuilder, into contact: Int) -> [ContactField] {
        var filled: [ContactField] = []
        let base = contact * StoredField.stride
        for field in StoredField.allCases {
            guard let name = field.field, field != .address, field != .tags, field != .consents else { continue }
            let incoming = builder.cells[field.rawValue]
            if table.cells[base + field.rawValue].isEmpty, !incoming.isEmpty {
                table.cells[base + field.rawValue] = incoming
                filled.append(name)
            }
        }
        if mergeTags(builder.cells[StoredField.tags.rawValue], into: base + StoredField.tags.rawValue) {
            filled.append(.tags)
        }
        if mergeConsents(builder.consents, into: base + StoredField.consents.rawValue) {
            filled.append(.consents)
        }
        if table.rows[contact].termStart == 0, builder.termStart != 0 {
            table.rows[contact].termStart = builder.termStart
            filled.append(.termStart)
        }
        if table.rows[contact].termEnd == 0, builder.termEnd != 0 {
            table.rows[contact].termEnd = builder.termEnd
            filled.append(.termEnd)
        }
        filled += mergeExtras(builder.extras, into: contact)
        return filled
    }

    /// Adds the tags of `incoming` that the cell at `index` lacks; whether it added any.
    private mutating func mergeTags(_ incoming: Cell, into index: Int) -> Bool {
        guard !incoming.isEmpty else { return false }
        let own = table.text(table.cells[index])
        let ownTags = own.isEmpty ? [] : own.split(separator: "|").map(String.init)
        let union = CanonicalCells.joined(ownTags + table.text(incoming).split(separator: "|").map(String.init))
        guard union != own else { return false }
        _ = table.arena.reserve(union.utf8.count)
        table.cells[index] = CanonicalCells.append(union, to: table.arena)
        return true
    }

    /// Adds the consents the cell at `index` lacks, and days it lacks; whether it changed.
    private mutating func mergeConsents(_ incoming: [(purpose: [UInt8], day: Int32)], into index: Int) -> Bool {
        guard !incoming.isEmpty else { return false }
        var union = RowBuilder()
        for consent in CanonicalCells.consentList(table.text(table.cells[index])) {
            union.addConsent(consent.purpose, day: consent.day)
        }
        let before = union.consents.map { "\($0.purpose):\($0.day)" }
        for consent in incoming { union.addConsent(consent.purpose, day: consent.day) }
        guard union.consents.map({ "\($0.purpose):\($0.day)" }) != before else { return false }
        _ = table.arena.reserve(union.consents.reduce(0) { $0 + $1.purpose.count + 12 })
        table.cells[index] = CanonicalCells.consents(union.consents, in: table.arena)
        return true
    }

    /// Adds the extra fields the contact lacks, as a new run of the extras; the fields added.
    private mutating func mergeExtras(_ incoming: [ExtraCell], into contact: Int) -> [ContactField] {
        var run = Array(table.extraCells(of: contact))
        var names = Set(run.map(\.name))
        let added = incoming.filter { names.insert($0.name).inserted }
        guard !added.isEmpty else { return [] }
        run += added
        table.rows[contact].extrasStart = UInt32(table.extras.count)
        table.rows[contact].extrasCount = UInt32(run.count)
        table.extras += run
        return added.map { .extra(table.extraNames[Int($0.name)]) }
    }
}
