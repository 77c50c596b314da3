import AdvocacyCore
import Foundation
import Testing

/// Programs that cannot be run: an error naming them, with the exit status for it, never a crash.
@Suite struct ProcessSpawnFailureTests {
    struct Failure: CustomTestStringConvertible, Sendable {
        var name: String
        var program: String
        var error: AdvocateError
        var testDescription: String { name }
    }

    static let failures = [
        Failure(name: "no such program on PATH", program: "advocate-no-such-engine", error: AdvocateError(
            .unavailable,
            "the program 'advocate-no-such-engine' was not found on PATH (/usr/local/bin:/usr/bin:/bin) or is not executable; install it, or give its full path")),
        Failure(name: "no such path", program: "/nonexistent/weasyprint", error: AdvocateError(
            .unavailable,
            "the program '/nonexistent/weasyprint' does not exist or is not executable; check the path and the file's permissions")),
        Failure(name: "a file that is not executable", program: "./plain.sh", error: AdvocateError(
            .unavailable,
            "the program './plain.sh' does not exist or is not executable; check the path and the file's permissions")),
        Failure(name: "a folder", program: "./hooks", error: AdvocateError(
            .unavailable,
            "the program './hooks' does not exist or is not executable; check the path and the file's permissions")),
        Failure(name: "an executable that is no program", program: "./notes.txt", error: AdvocateError(
            .unavailable,
            "the program './notes.txt' could not be started: Exec format error; check that it is a program this machine can run")),
    ]

    @Test(arguments: failures)
    func namesTheProgramThatCannotRun(_ failure: Failure) async throws {
        let folder = try ScriptFolder()
        try folder.script("plain.sh", "echo never", executable: false)
        try folder.script("hooks/translate.sh", "echo never")
        let notes = folder.root.appendingPathComponent("notes.txt")
        try Data("just words\n".utf8).write(to: notes)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: notes.path)
        await #expect(throws: failure.error) { try await ProcessRunner.run(folder.request(failure.program)) }
        #expect(failure.error.kind.exitCode == 69)
    }

    @Test func namesAWorkingDirectoryThatDoesNotExist() async throws {
        let folder = try ScriptFolder()
        var request = folder.request("true")
        request.workingDirectory = folder.root.appendingPathComponent("gone")
        await #expect(throws: AdvocateError(
            .missingInput,
            "cannot run 'true' in '\(request.workingDirectory.path)': the folder does not exist or cannot be entered"
        )) { try await ProcessRunner.run(request) }
    }
}
