import AdvocacyCore
import AdvocacyFixtures
import Foundation

/// The whole-process wall time of `advocate i18n status` on a generated campaign with at
/// least 10,000 translatable texts in three languages.
struct StatusBenchmark {
    static let minimumTexts = 10_000

    let advocate: AdvocateBinary
    let project: Project

    func run(repetitions: Int) throws {
        let (yaml, texts) = try Self.campaign(withAtLeast: Self.minimumTexts, project: project)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-status-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("many.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: file))

        let warmUp = try advocate.run(["i18n", "status", file], in: project.root)
        guard warmUp.status == 0 else { throw BenchmarkFailure("advocate i18n status fails on the generated campaign (exit status \(warmUp.status))") }
        let timings = try Timings.measure(repetitions: repetitions) {
            try advocate.run(["i18n", "status", file], in: project.root)
        }
        print("advocate i18n status on a generated campaign of \(texts) texts in fr, nl and en (\(String(format: "%.1f", Double(yaml.utf8.count) / 1_000_000)) MB), \(repetitions) runs after a warm-up")
        print("  wall time  min \(timings.best.milliseconds) ms   median \(timings.median.milliseconds) ms   (target < 100 ms)")
    }

    /// A generated campaign with at least `minimum` localised texts, and how many it has.
    private static func campaign(withAtLeast minimum: Int, project: Project) throws -> (String, Int) {
        let yaml = ManyTextsCampaign.yaml(texts: minimum)
        let loader = CampaignLoader(project: project, registry: StageRegistry(definitions: [], defaultPipeline: []))
        let texts = loader.load(bytes: Array(yaml.utf8), file: "many.yaml").campaign?.localizedTexts.count ?? 0
        guard texts >= minimum else { throw BenchmarkFailure("ManyTextsCampaign made \(texts) texts, fewer than \(minimum)") }
        return (yaml, texts)
    }
}
