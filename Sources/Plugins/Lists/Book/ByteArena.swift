import Foundation

/// A run of bytes in one of a book's arenas: one field's normalised text.
struct Cell: Equatable {
    /// The offset of the first byte in its arena.
    var start: UInt32
    /// The length in the low 24 bits (a field holds at most 64 KiB), the arena's number in the
    /// high 8.
    private var packed: UInt32

    init(start: UInt32, count: UInt32, arena: UInt8) {
        self.start = start
        packed = count | UInt32(arena) << 24
    }

    /// No text.
    static let empty = Cell(start: 0, count: 0, arena: 0)

    /// How many bytes.
    var count: UInt32 { packed & 0xFF_FFFF }
    /// The number of the arena the bytes are in.
    var arena: Int { Int(packed >> 24) }
    var isEmpty: Bool { count == 0 }
}

/// The normalised text of the fields of a file, one after another in one buffer. A million
/// contacts cost one growing allocation rather than ten million Strings, which is what keeps
/// reading fast and memory small. Offsets are 32-bit, so an arena holds up to 4 GiB of text; a
/// book has one arena per stretch of file read (see ``ContactTable/arenas``), each numbered.
final class ByteArena {
    /// The arena's number in its book, which its cells carry.
    let number: UInt8
    /// The bytes; moves when the arena grows, so never keep it across an append. No memory at
    /// all (an address never read) until room is first reserved.
    private(set) var base = UnsafeMutablePointer<UInt8>(bitPattern: 1)!
    /// How many bytes are in use.
    private(set) var count = 0
    private var capacity = 0

    /// An empty arena numbered `number`, which takes memory when room is first reserved.
    init(number: UInt8 = 0) {
        self.number = number
    }

    /// An empty arena numbered `number`, with room for `capacity` bytes before it first grows.
    convenience init(capacity: Int, number: UInt8 = 0) throws(AllocationFailure) {
        self.init(number: number)
        _ = try reserve(max(capacity, 16))
    }

    deinit {
        if capacity > 0 { free(base) }
    }

    /// Makes room for `extra` more bytes; `false` when that would pass 4 GiB, a failure when
    /// the system has no memory for it.
    func reserve(_ extra: Int) throws(AllocationFailure) -> Bool {
        let needed = count + extra
        guard needed > capacity else { return true }
        guard needed <= Int(UInt32.max) else { return false }
        let wanted = min(max(needed, capacity * 2), Int(UInt32.max))
        base = try Allocation.resize(capacity > 0 ? base : nil, toHold: wanted)
        capacity = wanted
        return true
    }

    /// Appends one byte, for which room was reserved.
    @inline(__always)
    func append(_ byte: UInt8) {
        base[count] = byte
        count &+= 1
    }

    /// Appends `length` bytes from `source`, for which room was reserved.
    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        (base + count).update(from: source, count: length)
        count &+= length
    }

    /// Takes the bytes up to `offset` as written, for code that wrote into reserved room through
    /// ``base`` directly.
    func didWrite(upTo offset: Int) { count = offset }

    /// Forgets every byte from `offset` on.
    func truncate(to offset: Int) { count = offset }

    /// The cell of the bytes from `start` to the end.
    @inline(__always)
    func cell(from start: Int) -> Cell { cell(start..<count) }

    /// The cell of the bytes at `offsets`.
    @inline(__always)
    func cell(_ offsets: Range<Int>) -> Cell {
        Cell(start: UInt32(offsets.lowerBound), count: UInt32(offsets.count), arena: number)
    }

    /// The bytes of `cell`, one of this arena's; valid until the next append.
    @inline(__always)
    func bytes(_ cell: Cell) -> UnsafeBufferPointer<UInt8> {
        assert(cell.isEmpty || cell.arena == Int(number))
        return UnsafeBufferPointer(start: base + Int(cell.start), count: Int(cell.count))
    }

    /// The text of `cell`, which is valid UTF-8.
    func string(_ cell: Cell) -> String { String(decoding: bytes(cell), as: UTF8.self) }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether both hold the same bytes, compared with `memcmp`.
    @inline(__always)
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}
