import Subprocess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs external programs for advocate: plugin stages speaking JSON over standard input and
/// output, translation hooks, `sendmail`, a PDF engine. A run never hangs past its timeout and
/// never takes advocate down; what the program did is an outcome, not an error.
///
/// Built on swift-subprocess, which fits: it spawns with `posix_spawn`, closing every other
/// descriptor in the child; puts the child in a process group of its own; drives the pipes
/// without blocking from one epoll thread; and tears the child down, `SIGTERM` to the group
/// and then `SIGKILL`, when the task running it is cancelled. This type adds the minimal
/// environment, a deadline that cancels into that teardown, output limits that keep reading,
/// a last `SIGKILL` for whatever the group still holds, and `SIGPIPE` ignored, so that a
/// program that stops reading its input makes a write fail instead of killing advocate.
public enum ProcessRunner {
    /// Runs the request's program to its end, or to its timeout, and reports what it did.
    /// - Throws: ``AdvocateError/Kind/unavailable`` when the program is missing, not executable
    ///   or cannot be started; ``AdvocateError/Kind/missingInput`` when the working directory
    ///   cannot be entered.
    public static func run(_ request: ProcessRequest) async throws(AdvocateError) -> ProcessOutcome {
        _ = brokenPipesIgnored
        let configuration = request.configuration
        let exchange = StreamExchange(input: request.standardInput, outputLimit: request.outputLimit, errorLimit: request.errorLimit)
        let grace = request.terminationGrace
        let started = ContinuousClock.now
        do {
            let (run, expired) = try await Deadline.race(request.timeout) {
                let result = try await Subprocess.run(configuration, input: .inputWriter, output: .sequence, error: .sequence) {
                    try await perform(exchange, on: $0, grace: grace)
                }
                return (moved: result.closureResult, status: result.terminationStatus)
            }
            return ProcessOutcome(
                program: request.executable,
                termination: expired ? .timedOut : termination(run.status),
                standardOutput: run.moved.output.bytes, standardError: run.moved.error.bytes,
                outputTruncated: run.moved.output.truncated, errorTruncated: run.moved.error.truncated,
                inputFullyWritten: run.moved.inputFullyWritten,
                duration: ContinuousClock.now - started)
        } catch {
            throw AdvocateError(running: request, failure: error)
        }
    }

    /// Moves the streams in a task of their own, so that they are still drained during the grace
    /// period after a timeout has cancelled this one. After a cancellation, waits out the grace
    /// period and kills whatever the group still holds, such as a grandchild that ignores
    /// `SIGTERM`. The program is not reaped yet here, so its id still names its group.
    private static func perform(
        _ exchange: StreamExchange, on running: StreamExchange.Running, grace: Duration
    ) async throws -> StreamExchange.Moved {
        let moved = try await Task { try await exchange.perform(on: running) }.value
        if Task.isCancelled {
            await Task { try? await Task.sleep(for: grace) }.value
            try? running.send(signal: .kill, toProcessGroup: true)
        }
        return moved
    }

    private static func termination(_ status: TerminationStatus) -> ProcessOutcome.Termination {
        switch status {
        case .exited(let code): .exited(code)
        case .signaled(let signal): .signalled(signal)
        }
    }

    /// Ignored once, process-wide: the library must not rely on the command line doing it.
    private static let brokenPipesIgnored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}
