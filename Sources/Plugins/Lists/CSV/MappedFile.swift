import Foundation
import AdvocacyCore

/// A file mapped read-only into memory and read once, front to back, by one reader or by two
/// over different stretches. Pages already read are handed back to the kernel as readers move
/// on, so reading a 100 MB export never holds 100 MB of it in memory at once. Immutable once
/// mapped, so readers on other threads may share it. A file that shrinks while read does not
/// end the process (see ``ShrunkFileGuard``): ``checkUnshrunk()`` says so once read.
final class MappedFile: @unchecked Sendable {
    /// Every byte of the file.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The open file, to measure it again once read.
    private let descriptor: Int32
    /// Where error messages say the file is.
    private let path: String
    private static let releaseStep = 16 << 20

    /// Maps the file at `path`; `path` is also what error messages name.
    init(path: String) throws(CSVProblem) {
        _ = ShrunkFileGuard.installed
        self.path = path
        let start = SourceLocation(file: path, line: 1, column: 1)
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CSVProblem(.cannotOpen(String(cString: strerror(errno)), missing: errno == ENOENT), at: start)
        }
        self.descriptor = descriptor
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw CSVProblem(.cannotOpen("it is not a regular file", missing: false), at: start)
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            close(descriptor)
            throw CSVProblem(.cannotOpen(String(cString: strerror(errno)), missing: false), at: start)
        }
        // The file is read once, in order: let the kernel read ahead generously.
        _ = madvise(address, size, MADV_SEQUENTIAL)
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit {
        close(descriptor)
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }

    /// Tells the kernel the whole pages from `start` to `end` will not be needed soon, once
    /// they add up to 16 MiB, and returns where the next call should start. They stay readable
    /// (an error message may look back at a line): touching them again reads them back in.
    func release(from start: Int, to end: Int) -> Int {
        guard end - start >= Self.releaseStep, let base = bytes.baseAddress else { return start }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (start + page - 1) / page * page, last = end / page * page
        _ = madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, MADV_DONTNEED)
        return last
    }

    /// Throws when the file is shorter now than when it was mapped: it was cut while being
    /// read, and the end of what was read is zeros, not the file.
    func checkUnshrunk() throws(CSVProblem) {
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) >= bytes.count else {
            throw CSVProblem(.shrunkWhileRead, at: SourceLocation(file: path, line: 1, column: 1))
        }
    }
}
