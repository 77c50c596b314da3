import Foundation

/// Memory for the address index, mapped straight from the kernel and marked for huge pages: a
/// million contacts' index touched at random through 4 KiB pages costs a TLB miss almost every
/// time, through 2 MiB pages hardly ever. Zero-filled, never shared; ordinary pages where huge
/// ones are not offered.
struct LargeBuffer<Element> {
    let base: UnsafeMutablePointer<Element>
    let capacity: Int

    /// A zero-filled buffer of `capacity` elements.
    init(capacity: Int) throws(AllocationFailure) {
        self.capacity = max(capacity, 1)
        base = try Allocation.map(self.capacity, of: Element.self)
        _ = madvise(base, self.capacity * MemoryLayout<Element>.stride, MADV_HUGEPAGE)
    }

    /// Gives the memory back.
    func release() {
        munmap(base, capacity * MemoryLayout<Element>.stride)
    }
}
