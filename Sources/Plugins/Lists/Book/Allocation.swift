import Foundation

/// Memory the system would not give the contact book: `bytes` asked for and refused, or a size
/// past what any memory can hold (`Int.max`). Reading ends with an error rather than the process.
struct AllocationFailure: Error, Equatable {
    /// How many bytes were asked for.
    var bytes: Int
}

/// The one place the book's tables get memory from the system, so that a refusal is an error
/// everywhere (see ``AllocationFailure``).
enum Allocation {
    /// The block at `base` (`nil` for a new one) resized to hold `count` elements, or a failure
    /// that leaves `base` as it was.
    static func resize<Element>(_ base: UnsafeMutablePointer<Element>?, toHold count: Int) throws(AllocationFailure) -> UnsafeMutablePointer<Element> {
        let bytes = try size(count, of: Element.self)
        guard let block = realloc(base, max(bytes, 1)) else { throw AllocationFailure(bytes: bytes) }
        return block.assumingMemoryBound(to: Element.self)
    }

    /// Zero-filled memory for `count` elements mapped straight from the kernel, never shared.
    static func map<Element>(_ count: Int, of _: Element.Type) throws(AllocationFailure) -> UnsafeMutablePointer<Element> {
        let bytes = try size(count, of: Element.self)
        let address = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let address, address != MAP_FAILED else { throw AllocationFailure(bytes: bytes) }
        return address.assumingMemoryBound(to: Element.self)
    }

    /// The bytes `count` elements take, or a failure when no memory could hold them.
    private static func size<Element>(_ count: Int, of _: Element.Type) throws(AllocationFailure) -> Int {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: MemoryLayout<Element>.stride)
        guard !overflow else { throw AllocationFailure(bytes: .max) }
        return bytes
    }
}
