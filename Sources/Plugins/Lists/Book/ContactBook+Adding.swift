extension ContactBook {
    /// Adds a read row: a new contact, or a merge into the contact with the same key.
    mutating func add(_ builder: RowBuilder, address: NormalisedAddress, origin: RowOrigin, arenaMark: Int) {
        let arena = table.arena
        let key = arena.bytes(address.key)
        let hash = AddressIndex.hash(key)
        if let existing = index.find(hash: hash, isSameKey: { arena.bytes(table.cell($0, .key)).hasSameBytes(as: key) }) {
            let filled = merge(builder, into: existing)
            merges.append(Merge(
                address: table.text(table.cell(existing, .address)), kept: table.origin(of: existing),
                merged: origin, mergedAddress: table.text(builder.address), filled: filled))
            sources[sources.count - 1].merged += 1
            // Nothing of the row was taken: its text can go.
            if filled.isEmpty { arena.truncate(to: arenaMark) }
            return
        }
        let contact = table.count
        var cells = builder.cells
        cells[StoredField.address.rawValue] = address.envelope
        cells[StoredField.key.rawValue] = address.key
        table.cells.append(contentsOf: cells)
        table.rows.append(StoredRow(
            source: UInt32(table.sources.count - 1), row: UInt32(origin.row), line: UInt32(origin.line),
            termStart: builder.termStart, termEnd: builder.termEnd,
            extrasStart: UInt32(table.extras.count), extrasCount: UInt32(builder.extras.count)))
        table.extras.append(contentsOf: builder.extras)
        index.insert(hash: hash, contact: contact)
        sources[sources.count - 1].contacts += 1
        noteLookalike(of: contact, written: builder.address, keyHash: hash)
    }

    /// Records a lookalike if the new contact's address looks like an earlier, different one.
    /// Only addresses written with non-ASCII characters or punycode need their skeleton worked
    /// out; a plain address is its own skeleton (its key) and is looked up by hash first.
    private mutating func noteLookalike(of contact: Int, written: Cell, keyHash: UInt32) {
        let arena = table.arena
        let writtenBytes = arena.bytes(written)
        if Self.isPlain(writtenBytes) {
            guard !skeletonHashes.isEmpty, skeletonHashes.contains(keyHash),
                let other = skeletons[table.text(table.cell(contact, .key))]
            else { return }
            recordLookalike(contact, resembling: other, skeleton: table.text(table.cell(contact, .key)))
            return
        }
        var skeleton = Skeleton.of(table.text(written))
        let skeletonHash = skeleton.withUTF8 { AddressIndex.hash($0) }
        let plain = skeleton.withUTF8 { bytes in
            index.find(hash: skeletonHash) { $0 != contact && arena.bytes(table.cell($0, .key)).hasSameBytes(as: bytes) }
        }
        if let other = plain ?? skeletons[skeleton] {
            recordLookalike(contact, resembling: other, skeleton: skeleton)
        }
        if skeletons[skeleton] == nil {
            skeletons[skeleton] = contact
            skeletonHashes.insert(skeletonHash)
        }
    }

    /// Whether an address is all ASCII and mentions no punycode (`xn--`), found byte by byte.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices {
            let byte = bytes[i]
            if byte >= 0x80 { return false }
            if byte == 0x2D, i >= 3, bytes[i - 1] == 0x2D, bytes[i - 2] | 0x20 == 0x6E, bytes[i - 3] | 0x20 == 0x78 { return false }
        }
        return true
    }

    private mutating func recordLookalike(_ contact: Int, resembling other: Int, skeleton: String) {
        lookalikes.append(Lookalike(
            address: table.text(table.cell(contact, .address)), origin: table.origin(of: contact),
            resembles: table.text(table.cell(other, .address)), resemblesOrigin: table.origin(of: other),
            skeleton: skeleton))
    }
}
