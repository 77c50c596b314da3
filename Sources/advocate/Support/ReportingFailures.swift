import AdvocacyCore
import ArgumentParser

/// Runs a command's body, turning an ``AdvocateError`` into its message on stderr and its
/// sysexits status, so every command fails the same way.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as AdvocateError {
        Terminal.error(Terminal.coloured("error: \(error)"))
        throw ExitCode(error.kind.exitCode)
    }
}
