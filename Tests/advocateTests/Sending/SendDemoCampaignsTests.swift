import AdvocateTestSupport
import Foundation
import Testing

/// Every mailing of every demo campaign in `Campaigns/`, built for real and sent to the loopback
/// relay: every planned message arrives once, byte for byte as built. (`decent-work-fr` plans
/// no one: its deputies' audience selects no contacts, as `advocate plan` says.)
struct SendDemoCampaignsTests {
    @Test func everyDemoMailingArrivesOnceAsBuilt() throws {
        let project = try TemporaryProject()
        let root = RealCampaignsTests.repositoryRoot
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("Campaigns"))
        for item in ["Campaigns", "plugins", "allowed-plugins.yaml"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(item), to: project.root.appendingPathComponent(item))
        }
        let relay = try LoopbackRelay(in: project.root, security: .none)
        var expected: [[UInt8]] = []
        for campaign in ["decent-work", "elections-2024", "social-economy-recognition"] {
            let build = try project.advocate("build", campaign)
            #expect(build.status == 0, "\(campaign): stderr was:\n\(build.stderr)")
            let manifest = try JSONSerialization.jsonObject(with: project.read("out/\(campaign)/manifest.json")) as? [String: Any] ?? [:]
            let messages = (manifest["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
                .filter { $0.hasPrefix("mailings/") && $0.hasSuffix(".eml") }
            let mailings = Set(messages.map { $0.split(separator: "/")[1] })
            #expect(!mailings.isEmpty, "\(campaign) has no mailing")
            for mailing in mailings.sorted() {
                let sent = try project.advocate(["send", campaign, "--mailing", String(mailing), "--via", "smtp://127.0.0.1:\(relay.port)", "--insecure"])
                #expect(sent.status == 0, "\(campaign)/\(mailing): stderr was:\n\(sent.stderr)")
            }
            expected += try messages.map { Array(try project.read("out/\(campaign)/\($0)")) }
        }
        let received = try relay.messages().map(\.bytes)
        #expect(received.count == expected.count)
        for message in expected {
            let copies = received.count { $0 == message }
            #expect(copies == 1, "a built message arrived \(copies) times")
        }
    }
}
