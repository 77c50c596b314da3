/// A set of 32-bit hashes that answers "certainly not in it" with one bit: a million contacts
/// are checked against a few thousand lookalike skeletons or suppressed addresses without
/// hashing the hash again. "Maybe" is checked by the caller against the real set.
struct HashFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 14)  // 2^20 bits, 128 KiB
    private(set) var isEmpty = true

    /// Adds a hash.
    mutating func insert(_ hash: UInt32) {
        let bit = Int(hash & 0xF_FFFF)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
        isEmpty = false
    }

    /// Whether the hash may have been added; `false` is certain.
    @inline(__always)
    func mayContain(_ hash: UInt32) -> Bool {
        let bit = Int(hash & 0xF_FFFF)
        return !isEmpty && bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
