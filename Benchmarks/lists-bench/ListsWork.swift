import AdvocacyCore
import AdvocacyFixtures
import AdvocacyPlugins
import Foundation

/// The work measured: the whole path from export to list, through the library's one build
/// (`CampaignBuild`) running the `lists` stage, as `advocate build` runs it.
enum ListsWork {
    /// Reads `csv` as the export of a campaign whose `members` audience is everyone tagged
    /// `members` who consented to the newsletter, and builds its list and report into `folder`.
    static func run(csv: String, folder: String) async throws {
        let root = URL(fileURLWithPath: csv).deletingLastPathComponent()
        let partners = root.appendingPathComponent("Campaigns/partners")
        try FileManager.default.createDirectory(at: partners, withIntermediateDirectories: true)
        try Data(SamplePartner.yaml().utf8).write(to: partners.appendingPathComponent("smart-be.yaml"))
        // Rows without a language go to English, as the Python reference routes them.
        let yaml = SampleCampaign.yaml(id: "bench").replacingOccurrences(
            of: "audiences:\n  - id: members\n",
            with: "contacts:\n  - id: export\n    file: \(URL(fileURLWithPath: csv).lastPathComponent)\n    language: en\n"
                + "audiences:\n  - id: members\n    where: { has-tag: members }\n    consent: newsletter\n")
            + "pipeline:\n  - lists\n"
        let loader = CampaignLoader(project: Project(root: root), registry: BuiltinStages.registry)
        let start = ContinuousClock.now
        let build = try CampaignBuild(loader.load(bytes: Array(yaml.utf8), file: "bench.yaml"), loader: loader)
        let result = try await build.run(into: URL(fileURLWithPath: folder))
        let built = ContinuousClock.now
        guard let contacts = result.products[CampaignContacts.self], let list = contacts.lists.first else {
            throw AdvocateError(.internalError, "the lists stage published no audiences")
        }
        let book = contacts.book
        print("contacts \(book.count) members \(list.count) excluded \(list.exclusions.count) "
            + "rejected \(book.problems.filter(\.rejectsRow).count) merges \(book.merges.count) lookalikes \(book.lookalikes.count)")
        print("build (read, select, write, manifest) \(built - start)")
        print("VmHWM \(peakFromProc())")
    }

    /// The process's peak resident memory as `/proc/self/status` gives it.
    private static func peakFromProc() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } ?? "?"
    }
}
