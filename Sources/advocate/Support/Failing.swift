import AdvocacyCore
import ArgumentParser
import Foundation

/// Runs a command's body, turning an ``AdvocateError`` into its message on stderr and its
/// sysexits status, so every command fails the same way.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as AdvocateError {
        Terminal.error("error: \(error)")
        throw ExitCode(error.kind.exitCode)
    }
}

/// Where commands write: results to stdout, diagnostics and progress to stderr.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
