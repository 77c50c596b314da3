import AdvocacyCore
import AdvocacyFixtures
import AdvocacyPlugins
import Foundation

/// A campaign built by the library's one build (``CampaignBuild``), as `advocate build` builds
/// it, in a fresh project of its own.
struct TestBuild {
    let folder: URL
    let manifest: Manifest

    /// Builds `yaml` in a fresh project holding the sample partner and `files` (path: text),
    /// in `languages` (default: all the campaign's).
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
        let loader = CampaignLoader(project: Project(root: root), registry: BuiltinStages.registry)
        let build = try CampaignBuild(loader.load(bytes: Array(yaml.utf8), file: "\(id).yaml"), loader: loader, languages: languages)
        // OUT/<id> in an OUT of its own, which also holds the output's lock file.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-plugins-\(UUID().uuidString)")
        let result = try await build.run(into: out)
        folder = result.folder
        manifest = result.manifest
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
