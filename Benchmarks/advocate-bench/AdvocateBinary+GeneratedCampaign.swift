import AdvocacyCore
import AdvocacyFixtures
import Foundation

extension AdvocateBinary {
    /// Checks that `advocate validate --strict` finds no problem in the generated campaign,
    /// through the real stage registry and the project's partner profiles; says how long that
    /// took. The file is saved outside the project, so that it never joins its campaigns.
    func checkGenerated(_ yaml: String, in project: Project) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(CampaignGenerator.id + ".yaml")
        try Data(yaml.utf8).write(to: file)

        var result: (status: Int32, errors: String) = (0, "")
        let duration = try ContinuousClock().measure {
            result = try run(["validate", "--strict", file.path], in: project.root, capturingErrors: true)
        }
        guard result.status == 0, result.errors.isEmpty else {
            throw BenchmarkFailure("advocate validate --strict finds problems in the generated campaign (exit status \(result.status)); fix CampaignGenerator:\n\(result.errors.prefix(2000))")
        }
        print("advocate validate --strict on the generated campaign: no problem, in \(duration.milliseconds) ms")
    }
}
