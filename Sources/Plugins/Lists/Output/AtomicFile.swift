import AdvocacyCore
import Foundation

/// A file written under a temporary name beside its final path and renamed into place once
/// complete, so an interrupted build never leaves half a list. Removed if never committed.
final class AtomicFile {
    private let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var committed = false

    /// Creates the temporary file for `path`.
    init(path: String) throws(ListError) {
        self.path = path
        temporaryPath = path + ".partial-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure("cannot create", path) }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed { unlink(temporaryPath) }
    }

    /// Writes all of `bytes`, however many calls it takes.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(ListError) {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw Self.failure("cannot write", path) }
            offset += written
        }
    }

    /// Closes the file and renames it into place.
    func commit() throws(ListError) {
        let status = close(descriptor)
        descriptor = -1
        guard status == 0, rename(temporaryPath, path) == 0 else { throw Self.failure("cannot write", path) }
        committed = true
    }

    private static func failure(_ what: String, _ path: String) -> ListError {
        let reason = String(cString: strerror(errno))
        return ListError(.cannotCreateOutput, [.error("\(what) '\(path)': \(reason).", at: SourceLocation(file: path, line: 1, column: 1))])
    }
}
