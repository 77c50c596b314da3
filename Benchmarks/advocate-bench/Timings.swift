import Foundation

/// The durations of repeated runs of one piece of work.
struct Timings {
    private(set) var samples: [Duration] = []

    /// Runs `work` `repetitions` times, timing each run on the continuous clock.
    static func measure(repetitions: Int, _ work: () throws -> Void) rethrows -> Timings {
        let clock = ContinuousClock()
        var timings = Timings()
        for _ in 0..<repetitions {
            timings.samples.append(try clock.measure(work))
        }
        return timings
    }

    /// The fastest run: the least disturbed by the rest of the machine.
    var best: Duration { samples.min() ?? .zero }

    /// The middle run.
    var median: Duration { samples.sorted()[samples.count / 2] }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }

    /// The duration in milliseconds, formatted for a figure: `12.3`.
    var milliseconds: String { String(format: "%.1f", seconds * 1000) }
}
