import Foundation
import Testing

/// A program outside advocate that checks what advocate writes: `msgfmt`, `xmllint`, `python3`.
struct ExternalProgram {
    /// What a run gave.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let name: String

    /// Runs the program, found on `PATH`, with `input` on its standard input.
    func run(_ arguments: [String], input: [UInt8] = []) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads, so that no pipe fills up and blocks the other side.
        let output = Collector(stdout.fileHandleForReading), errors = Collector(stderr.fileHandleForReading)
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: output.text(), stderr: errors.text())
    }
}

/// Reads a pipe to its end on a background thread.
private final class Collector: @unchecked Sendable {
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
