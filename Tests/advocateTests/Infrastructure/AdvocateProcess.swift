import Foundation
import Testing

/// What a run of the real `advocate` binary did.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Whether it ended by a signal (a crash) rather than by exiting.
    var crashed: Bool
}

/// Runs the `advocate` executable built next to the test bundle, as a user would.
enum AdvocateProcess {
    /// The built binary: beside the test bundle in SwiftPM's products folder.
    static let executable: URL = {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("advocate")
    }()

    /// Runs `advocate arguments…` in `directory`, with `environment` added to the test's own,
    /// and waits, at most `timeout` seconds.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        process.currentDirectoryURL = directory
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain both pipes while the process runs, so a chatty child never blocks on a full pipe.
        let output = Drain(stdout.fileHandleForReading), errors = Drain(stderr.fileHandleForReading)
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(2_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("advocate \(arguments.joined(separator: " ")) ran past \(timeout)")
        }
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: output.text(), stderr: errors.text(),
            crashed: process.terminationReason == .uncaughtSignal)
    }
}

/// Reads a pipe to its end on a background thread.
private final class Drain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
