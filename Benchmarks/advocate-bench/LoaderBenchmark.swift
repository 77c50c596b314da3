import AdvocacyCore
import AdvocacyFixtures
import Foundation

/// How fast ``YAMLLoader`` reads a large generated campaign into its node tree, against
/// libyaml's bare event loop over the same bytes.
struct LoaderBenchmark {
    /// The generated campaign.
    let yaml: String
    private let bytes: [UInt8]
    private let file = CampaignGenerator.id + ".yaml"

    /// Generates the campaign and says how long that took.
    init(seed: UInt64, approximateBytes: Int) {
        var yaml = ""
        let generation = ContinuousClock().measure {
            yaml = CampaignGenerator.yaml(seed: seed, approximateBytes: approximateBytes)
        }
        self.yaml = yaml
        bytes = Array(yaml.utf8)
        let lines = bytes.lazy.filter { $0 == UInt8(ascii: "\n") }.count
        print("Loader throughput over a generated campaign of \(Self.megabytes(bytes.count)) MB (seed \(seed), \(lines) lines, generated in \(generation.milliseconds) ms)")
    }

    /// Times both readers `repetitions` times, after a run of each that checks their results.
    func run(repetitions: Int) throws {
        guard let events = BareLibYAML.countEvents(in: bytes) else {
            throw BenchmarkFailure("libyaml could not parse the generated campaign; CampaignGenerator writes invalid YAML")
        }
        let loaded = YAMLLoader.load(bytes, file: file)
        guard loaded.diagnostics.isEmpty, loaded.root != nil else {
            let problems = loaded.diagnostics.prefix(5).map { "\n  \($0)" }.joined()
            throw BenchmarkFailure("the loader reported \(loaded.diagnostics.count) problems in the generated campaign; fix CampaignGenerator or the loader:\(problems)")
        }
        let bare = Timings.measure(repetitions: repetitions) { _ = BareLibYAML.countEvents(in: bytes) }
        let loader = Timings.measure(repetitions: repetitions) { _ = YAMLLoader.load(bytes, file: file) }

        print("  \(repetitions) runs each, best and median; MB = 10^6 bytes")
        print("  bare libyaml event loop     \(throughput(bare))   (\(events) events)")
        print("  YAMLLoader.load, node tree  \(throughput(loader))")
        let best = percent(bare.best, of: loader.best)
        let median = percent(bare.median, of: loader.median)
        print("  loader / bare loop          \(best) % best, \(median) % median   (target ≥ 50 %)")
    }

    private func throughput(_ timings: Timings) -> String {
        let rates = [timings.best, timings.median].map { String(format: "%6.1f", Double(bytes.count) / 1e6 / $0.seconds) }
        return "best \(rates[0]) MB/s   median \(rates[1]) MB/s"
    }

    /// The loader's speed as a percentage of the bare loop's: the ratio of their times.
    private func percent(_ bare: Duration, of loader: Duration) -> String {
        String(format: "%.0f", bare.seconds / loader.seconds * 100)
    }

    private static func megabytes(_ count: Int) -> String {
        String(format: "%.1f", Double(count) / 1e6)
    }
}
