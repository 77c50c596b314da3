import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// Runs a campaign's pipeline into a temporary folder, as `advocate build` does.
struct TestBuild {
    let folder: URL
    let manifest: Manifest

    init(yaml: String, id: String, languages: [String]? = nil) async throws {
        let loaded = CampaignLoader.load(bytes: Array(yaml.utf8), file: "\(id).yaml", registry: BuiltinStages.registry)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let campaign = try #require(loaded.campaign)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-plugins-\(UUID().uuidString)")
        let chosen = campaign.languages.map(\.value).filter { languages?.contains($0.code) ?? true }
        var context = BuildContext(campaign: campaign, languages: chosen, output: try OutputWriter(directory: folder))
        try await PipelineRunner.run(loaded.stages, in: &context)
        manifest = try context.finishOutput()
    }

    /// The text of a file the build wrote.
    func text(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
