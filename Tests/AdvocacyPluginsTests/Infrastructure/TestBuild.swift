import AdvocacyCore
import AdvocacyFixtures
import AdvocacyPlugins
import Foundation
import Testing

/// Runs a campaign's pipeline into a temporary folder, as `advocate build` does.
struct TestBuild {
    let folder: URL
    let manifest: Manifest

    /// Builds `yaml` in a fresh project holding the sample partner and `files` (path: text).
    init(yaml: String, id: String, languages: [String]? = nil, files: [String: String] = [:]) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-project-\(UUID().uuidString)")
        let partners = root.appendingPathComponent("Campaigns/partners")
        try FileManager.default.createDirectory(at: partners, withIntermediateDirectories: true)
        try Data(SamplePartner.yaml().utf8).write(to: partners.appendingPathComponent("smart-be.yaml"))
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let project = Project(root: root)
        let loaded = CampaignLoader(project: project, registry: BuiltinStages.registry).load(bytes: Array(yaml.utf8), file: "\(id).yaml")
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let campaign = try #require(loaded.campaign)
        // OUT/<id> in an OUT of its own, which also holds the output's lock file.
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-plugins-\(UUID().uuidString)/\(id)")
        let chosen = campaign.languages.map(\.value).filter { languages?.contains($0.code) ?? true }
        var context = BuildContext(campaign: campaign, languages: chosen, output: try OutputWriter(directory: folder), projectRoot: project.root)
        context.partner = loaded.partner
        try await PipelineRunner.run(loaded.stages, in: &context)
        manifest = try context.finishOutput()
    }

    /// The text of a file the build wrote.
    func text(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// Removes the output, and its lock file with it.
    func remove() {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }
}
