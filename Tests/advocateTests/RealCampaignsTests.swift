import Foundation
import Testing

/// The campaigns in this repository's `Campaigns/`: valid, and complete in fr, nl and en.
struct RealCampaignsTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyCampaignIsValidAndTranslatedIntoEveryLanguage() throws {
        let result = try AdvocateProcess.run(["validate", "--strict"], in: Self.repositoryRoot)
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.isEmpty)
        for id in ["decent-work", "elections-2024", "social-economy-recognition"] {
            #expect(result.stdout.contains("ok Campaigns/\(id).yaml: \(id), "))
            #expect(result.stdout.contains("in fr, nl, en"))
        }
    }

    @Test func theFrenchOverlayShowsBothLayersOfAValueItChanges() throws {
        let result = try AdvocateProcess.run(["explain", "decent-work-fr", "vars.organisation"], in: Self.repositoryRoot)
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "vars.organisation:")
        #expect(lines.contains("    Smart France"))
        #expect(lines.contains { $0.hasPrefix("set at Campaigns/decent-work.yaml:") && $0.hasSuffix("(decent-work)") })
        #expect(lines.contains { $0.hasPrefix("changed at Campaigns/decent-work-fr.yaml:") && $0.hasSuffix("(decent-work-fr)") })
    }
}
