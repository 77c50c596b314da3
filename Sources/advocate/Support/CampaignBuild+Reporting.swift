import AdvocacyCore
import Foundation

extension CampaignBuild {
    /// Runs the build into `out`, for `advocate build` and `preview`: its progress on the
    /// terminal, then its warnings, or the problems it failed with, printed against the sources.
    func runReporting(into out: URL) async throws(AdvocateError) -> BuildResult {
        var report = DiagnosticReport()
        let result: BuildResult
        do throws(AdvocateError) {
            result = try await run(into: out) { Terminal.progress($0) }
        } catch {
            report.print(error.diagnostics, sources: loaded.sources)
            throw error
        }
        report.print(result.warnings, sources: loaded.sources)
        return result
    }
}
