/// Contacts by key, to find a duplicate in constant time without a String per key: open
/// addressing over a power-of-two table whose slots hold a 32-bit hash of the key and the
/// contact's number; the keys themselves stay in the arena and are compared only on a hash match.
struct AddressIndex {
    /// Each slot: the hash in the high 32 bits, the contact's number plus one in the low; 0 is empty.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// An index with room for about `expected` keys before it first grows.
    init(expected: Int = 1024) {
        var size = 16
        while size < expected * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The hash of a key's bytes (FNV-1a, folded to 32 bits).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The contact already indexed under a key with this hash for which `isSameKey` holds.
    func find(hash: UInt32, isSameKey: (Int) -> Bool) -> Int? {
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash, isSameKey(Int(entry & 0xFFFF_FFFF) - 1) {
                return Int(entry & 0xFFFF_FFFF) - 1
            }
            slot = (slot + 1) & mask
        }
    }

    /// Indexes `contact` under a key with this hash, which ``find(hash:isSameKey:)`` did not find.
    mutating func insert(hash: UInt32, contact: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        place(UInt64(hash) << 32 | UInt64(contact + 1))
        count += 1
    }

    private mutating func place(_ entry: UInt64) {
        var slot = Int(entry >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry != 0 { place(entry) }
    }
}
