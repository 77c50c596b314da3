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
}
