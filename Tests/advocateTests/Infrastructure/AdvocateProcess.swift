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

    /// Runs `advocate arguments…` in `directory` and waits, at most `timeout` seconds.
    /// `environment` is added to the test's own.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) throws -> ProcessResult {
        try start(arguments, in: directory, environment: environment).wait(timeout: timeout)
    }

    /// Starts `advocate arguments…` in `directory` without waiting, so that a test can run several at once.
    static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> RunningAdvocate {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain both pipes while the process runs, so a chatty child never blocks on a full pipe.
        return RunningAdvocate(
            process: process, arguments: arguments,
            output: Drain(stdout.fileHandleForReading), errors: Drain(stderr.fileHandleForReading))
    }
}

/// A run of `advocate` that has started.
struct RunningAdvocate {
    fileprivate let process: Process
    fileprivate let arguments: [String]
    fileprivate let output: Drain, errors: Drain

    /// Waits for the end of the run, at most `timeout` from now.
    func wait(timeout: Duration = .seconds(60)) -> ProcessResult {
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
