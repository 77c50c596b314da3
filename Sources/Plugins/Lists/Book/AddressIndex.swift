/// Contacts by key, to find a duplicate in constant time without a String per key: open
/// addressing over a power-of-two table whose slots hold a 32-bit hash of the key and the
/// contact's number; the keys themselves stay in the arena and are compared only on a hash match.
/// The table is at most 3/4 full, small enough for a million contacts' to stay in cache longer.
final class AddressIndex {
    /// Each slot: the hash in the high 32 bits, the contact's number plus one in the low; 0 is empty.
    private var slots: LargeBuffer<UInt64>
    private var mask: Int
    private(set) var count = 0
    /// Where ``warm(_:)``'s sums end up, so that the compiler keeps the loads.
    var warmth: UInt64 = 0

    /// An index with room for about `expected` keys before it first grows.
    init(expected: Int = 1024) throws(AllocationFailure) {
        var size = 16
        while size * 3 < expected * 4 { size <<= 1 }
        slots = try LargeBuffer(capacity: size)
        mask = size - 1
    }

    deinit { slots.release() }

    /// Loads the slots that keys with these hashes start probing at, and returns a number made
    /// of them so that the loads are not optimised away. Issued together, the cache misses of a
    /// few dozen lookups overlap instead of coming one after another: a software prefetch.
    func warm(_ hashes: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var sum: UInt64 = 0
        for hash in hashes { sum &+= slots.base[Int(hash) & mask] }
        return sum
    }

    /// Makes room for `expected` keys in all, so that the table does not grow while they come.
    func reserve(_ expected: Int) throws(AllocationFailure) {
        var size = mask + 1
        while size * 3 < expected * 4 { size <<= 1 }
        if size > mask + 1 { try rehash(size: size) }
    }

    /// The hash of a key's bytes: eight bytes at a time, multiplied and shifted (in the manner
    /// of wyhash and SplitMix), folded to 32 bits.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 32
        return UInt32(truncatingIfNeeded: hash)
    }

    /// The contact already indexed under a key with this hash for which `isSameKey` holds.
    func find(hash: UInt32, isSameKey: (Int) -> Bool) -> Int? {
        var slot = Int(hash) & mask
        while true {
            let entry = slots.base[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash, isSameKey(Int(entry & 0xFFFF_FFFF) - 1) {
                return Int(entry & 0xFFFF_FFFF) - 1
            }
            slot = (slot + 1) & mask
        }
    }

    /// Indexes `contact` under a key with this hash, which ``find(hash:isSameKey:)`` did not find.
    func insert(hash: UInt32, contact: Int) throws(AllocationFailure) {
        if (count + 1) * 4 > (mask + 1) * 3 { try rehash(size: (mask + 1) * 2) }
        place(UInt64(hash) << 32 | UInt64(contact + 1))
        count += 1
    }

    private func place(_ entry: UInt64) {
        var slot = Int(entry >> 32) & mask
        while slots.base[slot] != 0 { slot = (slot + 1) & mask }
        slots.base[slot] = entry
    }

    /// Moves every entry to a new table of `size` slots; the old table stays if there is no memory.
    private func rehash(size: Int) throws(AllocationFailure) {
        let old = slots
        let oldSize = mask + 1
        slots = try LargeBuffer(capacity: size)
        mask = size - 1
        for slot in 0..<oldSize where old.base[slot] != 0 { place(old.base[slot]) }
        old.release()
    }
}
