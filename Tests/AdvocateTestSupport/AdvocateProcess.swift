public import Foundation

/// Runs the `advocate` executable built next to the test bundle, as a user would.
public enum AdvocateProcess {
    /// The built binary: beside the test bundle in SwiftPM's products folder.
    public static let executable: URL = {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("advocate")
    }()

    /// The binary as a program to run.
    public static var program: ExternalProgram { ExternalProgram(executable: executable) }

    /// Runs `advocate arguments…` in `directory` and waits, at most `timeout`.
    /// `environment` is added to the test's own.
    public static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) throws -> ProcessResult {
        try program.run(arguments, in: directory, environment: environment, timeout: timeout)
    }

    /// Starts `advocate arguments…` in `directory` without waiting, so that a test can run
    /// several at once, or act on the files while it runs.
    public static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> RunningAdvocate {
        try program.start(arguments, in: directory, environment: environment)
    }
}

/// A run of `advocate` that has started.
public typealias RunningAdvocate = RunningProgram
