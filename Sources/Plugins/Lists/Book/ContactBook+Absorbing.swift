extension ContactBook {
    /// Moves a batch's rows into the book, in order: each one a new contact, or merged into the
    /// contact read before with the same key. The batch is left empty, its memory given back.
    mutating func absorb(_ batch: inout RowBatch) throws(AllocationFailure) {
        let first = table.count
        try adopt(&batch)
        problems += batch.problems
        sources[sources.count - 1].rows += batch.rowsRead
        sources[sources.count - 1].rejected += batch.rejected
        let hashes = batch.hashes
        batch = RowBatch(arena: 0)

        // Rows are moved down over the merged ones, so the table never holds a copy of them.
        var kept = first
        var warmth: UInt64 = 0
        for row in first..<table.rows.count {
            if (row - first) % 32 == 0 {
                warmth &+= index.warm(hashes.buffer(from: row - first, count: min(32, table.rows.count - row)))
            }
            let hash = hashes[row - first]
            let key = table.bytes(table.cell(row, .key))
            if let existing = index.find(hash: hash, isSameKey: { table.bytes(table.cell($0, .key)).hasSameBytes(as: key) }) {
                let filled = try merge(row, into: existing)
                table.noteAlsoRead(existing, from: table.rows[row].source)
                merges.append(Merge(
                    address: table.text(table.cell(existing, .address)), kept: table.origin(of: existing),
                    merged: table.origin(of: row), mergedAddress: table.text(table.cell(row, .written)), filled: filled))
                sources[sources.count - 1].merged += 1
                continue
            }
            if kept != row { table.move(row, to: kept) }
            try index.insert(hash: hash, contact: kept)
            sources[sources.count - 1].contacts += 1
            noteLookalike(of: kept, keyHash: hash)
            kept += 1
        }
        table.truncate(to: kept)
        index.warmth &+= warmth
    }

    /// Puts the batch's rows at the end of the table, and its arena among the table's.
    private mutating func adopt(_ batch: inout RowBatch) throws(AllocationFailure) {
        assert(batch.arena.number == table.arenas.count)
        table.arenas.append(batch.arena)
        let firstRow = table.rows.count, firstExtra = table.extras.count
        if table.cells.count == 0 {
            swap(&table.cells, &batch.cells)
            swap(&table.rows, &batch.rows)
            swap(&table.extras, &batch.extras)
        } else {
            try table.cells.append(draining: batch.cells)
            try table.rows.append(draining: batch.rows)
            try table.extras.append(draining: batch.extras)
        }
        if firstExtra > 0 {
            for index in firstRow..<table.rows.count { table.rows[index].extrasStart += UInt32(firstExtra) }
        }
    }

    /// Records a lookalike if the new contact's address looks like an earlier, different one.
    /// Only addresses written with non-ASCII characters or punycode need their skeleton worked
    /// out; a plain address is its own skeleton (its key) and is looked up by hash first.
    private mutating func noteLookalike(of contact: Int, keyHash: UInt32) {
        let written = table.cell(contact, .written)
        if Self.isPlain(table.bytes(written)) {
            guard skeletonHashes.mayContain(keyHash),
                let other = skeletons[table.text(table.cell(contact, .key))]
            else { return }
            recordLookalike(contact, resembling: other, skeleton: table.text(table.cell(contact, .key)))
            return
        }
        var skeleton = Skeleton.of(table.text(written), domains: domains)
        let skeletonHash = skeleton.withUTF8 { AddressIndex.hash($0) }
        let plain = skeleton.withUTF8 { bytes in
            index.find(hash: skeletonHash) { $0 != contact && table.bytes(table.cell($0, .key)).hasSameBytes(as: bytes) }
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
