import AdvocacyCore
import Foundation

/// The whole-process wall time of `advocate validate` over the project's `Campaigns/`, as a
/// user waits for it.
struct ValidateBenchmark {
    let advocate: AdvocateBinary
    let project: Project

    /// Runs the command once to warm the caches and check that it succeeds, then `repetitions`
    /// times, timed.
    func run(repetitions: Int) throws {
        let files = project.campaignFiles()
        guard !files.isEmpty else {
            throw BenchmarkFailure("there are no campaigns in \(project.root.path)/\(Project.campaignsFolder); run the benchmark from the project root")
        }
        let warmUp = try advocate.run(["validate"], in: project.root)
        guard warmUp.status == 0 else {
            throw BenchmarkFailure("advocate validate fails on this project (exit status \(warmUp.status)); run it to see why")
        }
        let timings = try Timings.measure(repetitions: repetitions) {
            try advocate.run(["validate"], in: project.root)
        }
        print("advocate validate over \(Project.campaignsFolder)/ (\(files.count) files), \(repetitions) runs after a warm-up")
        print("  wall time  min \(timings.best.milliseconds) ms   median \(timings.median.milliseconds) ms   (target < 50 ms)")
    }
}
