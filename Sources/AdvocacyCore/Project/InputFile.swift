import Foundation

/// Reads a file that a user, a campaign, a template or a partner names: only a regular file,
/// never waiting on a FIFO or a device, and never more than a bound. Every input file advocate
/// reads whole goes through here, so that no name can make a command hang or exhaust memory.
public enum InputFile {
    /// The largest file read: a campaign, template, profile, layout or logo is far smaller.
    public static let maximumSize = 64 << 20

    /// The bytes of the file at `path`. `what` names it in messages, with its article
    /// ("the campaign file"). A missing or unreadable file is a `missingInput` error (66); a
    /// folder, FIFO, socket or device, or a file larger than ``maximumSize`` bytes is an
    /// `invalidInput` error (65). Whether a link may be followed is the caller's to check
    /// (``Project/containedFile(_:what:)``).
    public static func read(_ path: String, what: String) throws(AdvocateError) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR { throw AdvocateError(.missingInput, "there is no \(noun(what)) at '\(path)'") }
            throw AdvocateError(.missingInput, "cannot open \(what) '\(path)': \(String(cString: strerror(reason))); check that it is readable")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw AdvocateError(.missingInput, "cannot read \(what) '\(path)': \(String(cString: strerror(errno)))")
        }
        if let problem = problem(mode: status.st_mode, size: Int(status.st_size), path: path, what: what) {
            throw problem
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { throw AdvocateError(.missingInput, "cannot read \(what) '\(path)': \(String(cString: strerror(errno)))") }
            if read == 0 { break }
            bytes += chunk[..<read]
            // The file may have grown since it was measured.
            guard bytes.count <= maximumSize else { throw tooLarge(path, what) }
        }
        return bytes
    }

    /// Why the file at `path` could not be read, without reading it: missing (66), or not a
    /// regular file (65). `nil` when it is a regular file. Follows symbolic links.
    public static func problem(at path: String, what: String) -> AdvocateError? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            return AdvocateError(.missingInput, "there is no \(noun(what)) at '\(path)'")
        }
        return problem(mode: status.st_mode, size: 0, path: path, what: what)
    }

    private static func problem(mode: mode_t, size: Int, path: String, what: String) -> AdvocateError? {
        let kind: String
        switch mode & S_IFMT {
        case S_IFREG:
            return size > maximumSize ? tooLarge(path, what) : nil
        case S_IFDIR: kind = "a folder"
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFSOCK: kind = "a socket"
        case S_IFCHR, S_IFBLK: kind = "a device"
        default: kind = "an unknown kind of file"
        }
        return AdvocateError(.invalidInput, "\(what) '\(path)' is \(kind), not a regular file; name a file")
    }

    private static func tooLarge(_ path: String, _ what: String) -> AdvocateError {
        AdvocateError(.invalidInput, "\(what) '\(path)' is larger than \(maximumSize >> 20) MiB, far larger than such a file ever is; check that it is the right file")
    }

    /// "the campaign file" → "campaign file", for "there is no campaign file at …".
    private static func noun(_ what: String) -> String {
        what.hasPrefix("the ") ? String(what.dropFirst(4)) : what
    }
}
