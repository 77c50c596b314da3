import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file that must be a regular file of bounded size: a FIFO, a device or a folder is
/// refused without blocking, and so is a file larger than the limit.
enum RegularFile {
    /// Why a file was refused, as the end of a sentence.
    struct Refusal: Error {
        let message: String
    }

    /// The bytes of the regular file at `url`, at most `maximumBytes` of them.
    static func read(_ url: URL, maximumBytes: Int) -> Result<Data, Refusal> {
        // O_NONBLOCK: opening a FIFO must not wait for a writer.
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(Refusal(message: "does not exist or cannot be read; give the path of a file inside the project"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return .failure(Refusal(message: "is not a regular file; give the path of a file inside the project"))
        }
        guard Int(status.st_size) <= maximumBytes else {
            return .failure(Refusal(message: "is \(status.st_size) bytes long, more than the \(maximumBytes) advocate embeds; make it smaller"))
        }
        var data = Data(count: Int(status.st_size))
        var filled = 0
        while filled < data.count {
            let count = data.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                return .failure(Refusal(message: "changed while it was read; try again once it is written"))
            }
            filled += count
        }
        return .success(data)
    }
}
