import AdvocacyCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where commands write: results to stdout, diagnostics and progress to stderr.
///
/// Writes go straight to the file descriptors: a reader that closes the pipe early
/// (`advocate validate | head`) ends the output, never the process with SIGPIPE.
enum Terminal {
    private static let ignoringBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    static func output(_ text: String) {
        write(text + "\n", to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: STDERR_FILENO)
    }

    /// Raw bytes to stdout, such as an exchange file.
    static func write(_ bytes: [UInt8]) {
        write(bytes[...], to: STDOUT_FILENO)
    }

    /// Raw bytes to stdout that are the command's result, such as a report: a failure to write
    /// them (a full disk) is an error (exit 73); a reader that closed the pipe early is not.
    static func writeWhole(_ bytes: [UInt8], what: String) throws(AdvocateError) {
        let failure = write(bytes[...], to: STDOUT_FILENO)
        guard failure == 0 || failure == EPIPE else {
            throw AdvocateError(.cannotCreateOutput, "cannot write \(what) to the standard output: \(String(cString: strerror(failure)))")
        }
    }

    private static func write(_ text: String, to descriptor: Int32) {
        write(Array(text.utf8)[...], to: descriptor)
    }

    /// Writes what it can; returns 0, or the `errno` of the write that failed.
    @discardableResult
    private static func write(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Int32 {
        _ = ignoringBrokenPipes
        var bytes = bytes
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : EIO }
            bytes = bytes.dropFirst(written)
        }
        return 0
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
