public import Foundation
import Testing

/// A program a test runs and waits for: the `advocate` binary (``AdvocateProcess``) or a
/// program outside advocate that checks what it wrote (`msgfmt`, `xmllint`, `python3`,
/// `pdftotext`). The one process runner of the test targets.
///
/// Standard input, output and error are files in a throwaway folder, not pipes: nothing has to
/// be drained while the program runs, and a pipe's end inherited by a program another test
/// starts meanwhile cannot keep a read waiting.
public struct ExternalProgram: Sendable {
    /// The executable, and the arguments that come before the caller's.
    let executable: URL
    let leadingArguments: [String]

    /// The program called `name`, found on `PATH`.
    public init(name: String) {
        executable = URL(fileURLWithPath: "/usr/bin/env")
        leadingArguments = [name]
    }

    /// The program at `executable`.
    public init(executable: URL) {
        self.executable = executable
        leadingArguments = []
    }

    /// Runs the program with `arguments` in `directory` (the test's own when `nil`), `input` on
    /// its standard input and `environment` added to the test's, and waits at most `timeout`.
    public func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], input: [UInt8] = [],
        timeout: Duration = .seconds(60)
    ) throws -> ProcessResult {
        try start(arguments, in: directory, environment: environment, input: input).wait(timeout: timeout)
    }

    /// Starts the program without waiting, so that a test can run several at once or act while it runs.
    public func start(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], input: [UInt8] = []
    ) throws -> RunningProgram {
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        let stdin = files.appendingPathComponent("stdin"), stdout = files.appendingPathComponent("stdout")
        let stderr = files.appendingPathComponent("stderr")
        try Data(input).write(to: stdin)
        for file in [stdout, stderr] { try Data().write(to: file) }
        let process = Process()
        process.executableURL = executable
        process.arguments = leadingArguments + arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = try FileHandle(forReadingFrom: stdin)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return RunningProgram(process: process, command: process.arguments ?? [], files: files)
    }
}

/// A program that has started.
public struct RunningProgram {
    fileprivate let process: Process
    fileprivate let command: [String]
    fileprivate let files: URL

    /// The program's process id, for a test that signals it.
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Whether it is still running.
    public var isRunning: Bool { process.isRunning }

    /// Waits for the end of the run, at most `timeout` from now, then kills it and records an
    /// issue. SIGKILL, not SIGTERM: a child of the test runner may inherit SIGTERM blocked.
    public func wait(timeout: Duration = .seconds(60)) -> ProcessResult {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(2_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("\(command.joined(separator: " ")) ran past \(timeout)")
        }
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: files) }
        func text(_ name: String) -> String {
            String(decoding: (try? Data(contentsOf: files.appendingPathComponent(name))) ?? Data(), as: UTF8.self)
        }
        return ProcessResult(
            status: process.terminationStatus, stdout: text("stdout"), stderr: text("stderr"),
            crashed: process.terminationReason == .uncaughtSignal)
    }
}

/// The shape advocate's end-to-end tests call a checker with: `program` found on `PATH`, run in
/// `directory`; ``ProcessResult/output`` holds what it said on both streams.
public enum ExternalCheck {
    /// Runs `program arguments…` in `directory` and waits for it.
    public static func run(_ program: String, _ arguments: [String], in directory: URL) throws -> ProcessResult {
        try ExternalProgram(name: program).run(arguments, in: directory)
    }
}
