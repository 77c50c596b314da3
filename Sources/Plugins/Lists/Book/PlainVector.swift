import Foundation

/// A growable array of plain values (no references inside) in `malloc`ed memory, for the book's
/// tables: appends with no uniqueness or bounds checks (asserted in debug builds), and growth by
/// `realloc`, which for large blocks remaps pages rather than copying them. Shared, not copied,
/// when the value holding it is copied; the tables only change while a file is read. Memory
/// the system refuses is an ``AllocationFailure``, thrown by whatever would have needed it.
final class PlainVector<Element: BitwiseCopyable> {
    /// The elements; no memory at all (an aligned address never read) until the first append.
    private(set) var base = UnsafeMutablePointer<Element>(bitPattern: MemoryLayout<Element>.alignment)!
    private(set) var count = 0
    private var capacity = 0

    /// An empty vector that takes memory when it is first appended to.
    init() {}

    /// An empty vector with room for `capacity` elements; room never touched costs no memory.
    init(capacity: Int) throws(AllocationFailure) {
        try grow(to: max(capacity, 16))
    }

    deinit {
        if capacity > 0 { free(base) }
    }

    subscript(index: Int) -> Element {
        @inline(__always) get {
            assert(index >= 0 && index < count)
            return base[index]
        }
        @inline(__always) set {
            assert(index >= 0 && index < count)
            base[index] = newValue
        }
    }

    /// The elements from `start`, `length` of them.
    func buffer(from start: Int, count length: Int) -> UnsafeBufferPointer<Element> {
        assert(start >= 0 && start + length <= count)
        return UnsafeBufferPointer(start: base + start, count: length)
    }

    @inline(__always)
    func append(_ element: Element) throws(AllocationFailure) {
        if count == capacity { try grow(to: count + 1) }
        base[count] = element
        count &+= 1
    }

    func append(contentsOf elements: UnsafeBufferPointer<Element>) throws(AllocationFailure) {
        guard let source = elements.baseAddress else { return }
        if count + elements.count > capacity { try grow(to: count + elements.count) }
        (base + count).update(from: source, count: elements.count)
        count &+= elements.count
    }

    func append(contentsOf elements: [Element]) throws(AllocationFailure) {
        try elements.withUnsafeBufferPointer { buffer throws(AllocationFailure) in try append(contentsOf: buffer) }
    }

    /// Moves the elements of `other` to the end of this vector, handing `other`'s memory back
    /// to the kernel a few megabytes at a time as it goes, so that moving a big table costs no
    /// more memory than a few megabytes more than the table. `other` is left empty.
    func append(draining other: PlainVector<Element>) throws(AllocationFailure) {
        if count + other.count > capacity { try grow(to: count + other.count) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let chunk = max(1, (4 << 20) / MemoryLayout<Element>.stride)
        var index = 0
        while index < other.count {
            let length = min(chunk, other.count - index)
            (base + count).update(from: other.base + index, count: length)
            count &+= length
            // Only whole pages inside what was moved: they hold nothing but moved elements.
            let first = (Int(bitPattern: other.base + index) + page - 1) / page * page
            let last = Int(bitPattern: other.base + index + length) / page * page
            if last > first { _ = madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, MADV_DONTNEED) }
            index += length
        }
        other.count = 0
    }

    /// Keeps the first `count` elements.
    func truncate(to newCount: Int) {
        assert(newCount <= count)
        count = newCount
    }

    private func grow(to needed: Int) throws(AllocationFailure) {
        let wanted = max(needed, capacity * 2)
        base = try Allocation.resize(capacity > 0 ? base : nil, toHold: wanted)
        capacity = wanted
    }
}
