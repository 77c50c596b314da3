import Foundation

/// Memory for the address index, mapped straight from the kernel and marked for huge pages: a
/// million contacts' index touched at random through 4 KiB pages costs a TLB miss almost every
/// time, through 2 MiB pages hardly ever. Zero-filled, never shared; ordinary pages where huge
/// ones are not offered.
struct LargeBuffer<Element> {
    let base: UnsafeMutablePointer<Element>
    let capacity: Int

    /// A zero-filled buffer of `capacity` elements.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = Self.map(bytes: self.capacity * MemoryLayout<Element>.stride)
    }

    /// Gives the memory back.
    func release() {
        munmap(base, capacity * MemoryLayout<Element>.stride)
    }

    private static func map(bytes: Int) -> UnsafeMutablePointer<Element> {
        let address = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let address, address != MAP_FAILED else { fatalError("out of memory mapping \(bytes) bytes") }
        _ = madvise(address, bytes, MADV_HUGEPAGE)
        return address.assumingMemoryBound(to: Element.self)
    }
}
