import Foundation

/// The best and median of several timed runs.
struct Timings {
    var best: Duration
    var median: Duration

    /// Times `body` `runs` times with the continuous clock.
    static func measure(_ runs: Int, _ body: () throws -> Void) rethrows -> Timings {
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for _ in 0..<runs { durations.append(try clock.measure(body)) }
        durations.sort()
        return Timings(best: durations[0], median: durations[durations.count / 2])
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
    var milliseconds: Int { Int((seconds * 1000).rounded()) }
}

extension Double {
    /// One decimal, for printing.
    var rounded1: String { String(format: "%.1f", self) }
}

/// Runs a program found on PATH with its output thrown away, as `program … > /dev/null` would.
enum CommandLineTool {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw Failure(description: "\(program) exited with status \(process.terminationStatus)")
        }
    }
}
