import Foundation

/// A program run to its end in a child process, with its wall time and peak memory as the
/// kernel counted them (`wait4`'s `ru_maxrss`), so each side of the comparison is measured
/// alone and the same way.
public struct Measured {
    /// The wall time, in seconds.
    public var seconds: Double
    /// The peak resident memory, in bytes.
    public var peakBytes: Int
    /// The wait status.
    public var status: Int32
    /// What the program printed on its standard output.
    public var output: String

    /// Runs `arguments[0]` with the rest as its arguments, its output captured in a file.
    public static func run(_ arguments: [String]) throws -> Measured {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(getpid())-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = ContinuousClock.now - start
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // Linux reports ru_maxrss in kilobytes.
        return Measured(seconds: seconds, peakBytes: usage.ru_maxrss * 1024, status: status, output: output)
    }
}
