import Subprocess

/// The three standard streams of one run, moved at the same time: standard input is written
/// while standard output and standard error are drained, so a program that floods one of them
/// before it reads its input never deadlocks against advocate.
struct StreamExchange: Sendable {
    /// A running program whose three streams advocate drives itself.
    typealias Running = Execution<CustomWriteInput, SequenceOutput, SequenceOutput>

    /// What moved through the streams.
    struct Moved: Sendable {
        var output: CappedOutput
        var error: CappedOutput
        var inputFullyWritten = false
    }

    private enum Part: Sendable {
        case input(fullyWritten: Bool)
        case output(CappedOutput)
        case error(CappedOutput)
    }

    let input: [UInt8]
    let outputLimit: Int
    let errorLimit: Int

    /// Writes the input and drains both outputs until each is done: the input written or
    /// refused, each output at its end or cut off because the program has exited.
    func perform(on running: Running) async throws -> Moved {
        try await withThrowingTaskGroup(of: Part.self) { group in
            group.addTask { .input(fullyWritten: await Self.feed(input, to: running.standardInputWriter)) }
            group.addTask { .output(try await Self.drain(running.standardOutput, limit: outputLimit)) }
            group.addTask { .error(try await Self.drain(running.standardError, limit: errorLimit)) }
            var moved = Moved(output: CappedOutput(limit: outputLimit), error: CappedOutput(limit: errorLimit))
            for try await part in group {
                switch part {
                case .input(let fullyWritten): moved.inputFullyWritten = fullyWritten
                case .output(let output): moved.output = output
                case .error(let error): moved.error = error
                }
            }
            return moved
        }
    }

    /// Writes `input` and closes the pipe; false when the program did not take all of it.
    private static func feed(_ input: [UInt8], to writer: StandardInputWriter) async -> Bool {
        // A program that has closed its input makes the write fail with EPIPE (SIGPIPE is
        // ignored), and one that has exited makes it stop short: either way, not all written.
        let written = (try? await writer.write(input)) ?? -1
        // Closing a pipe's write end cannot fail in a way the program's outcome depends on.
        try? await writer.finish()
        return written == input.count
    }

    private static func drain(_ stream: SubprocessOutputSequence, limit: Int) async throws -> CappedOutput {
        var output = CappedOutput(limit: limit)
        for try await chunk in stream {
            chunk.withUnsafeBytes { output.append($0) }
        }
        return output
    }
}
