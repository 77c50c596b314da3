import AdvocateTestSupport
import Foundation
import Testing

/// Every mailing of every demo campaign, built for real and sent with `advocate send` through a
/// real Postfix on loopback (STARTTLS on its own certificate, which the send is told to trust),
/// delivering into a Maildir: every planned message arrives once, byte-identical to the built
/// one under the trace headers Postfix puts on top.
@Suite("advocate send through a real Postfix")
struct SendThroughPostfixTests {
    @Test func everyDemoMailingArrivesOnceThroughPostfix() async throws {
        let project = try TemporaryProject()
        let root = RealCampaignsTests.repositoryRoot
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("Campaigns"))
        for item in ["Campaigns", "plugins", "allowed-plugins.yaml"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(item), to: project.root.appendingPathComponent(item))
        }
        let postfix = try PostfixInstance()
        var expected: [[UInt8]] = []
        for campaign in ["decent-work", "elections-2024", "social-economy-recognition"] {
            let build = try project.advocate("build", campaign)
            try #require(build.status == 0, "\(campaign): stderr was:\n\(build.stderr)")
            let manifest = try JSONSerialization.jsonObject(with: project.read("out/\(campaign)/manifest.json")) as? [String: Any] ?? [:]
            let messages = (manifest["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
                .filter { $0.hasPrefix("mailings/") && $0.hasSuffix(".eml") }
            for mailing in Set(messages.map { $0.split(separator: "/")[1] }).sorted() {
                let sent = try project.advocate([
                    "send", campaign, "--mailing", String(mailing), "--via", "smtp://127.0.0.1:\(postfix.port)",
                    "--trusted-certificates", postfix.certificate.certificate.path,
                ])
                #expect(sent.status == 0, "\(campaign)/\(mailing): stderr was:\n\(sent.stderr)")
            }
            expected += try messages.map { LineEnds.lf(Array(try project.read("out/\(campaign)/\($0)"))) }
        }
        try #require(!expected.isEmpty, "the demo campaigns built no message")

        let deadline = ContinuousClock.now + .seconds(60)
        while try !postfix.queueIsEmpty() || postfix.delivered().count < expected.count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        let delivered = try postfix.delivered()
        #expect(delivered.count == expected.count, "Postfix's log ends:\n\(postfix.log().suffix(2000))")
        for message in expected {
            let copies = delivered.count { $0.count > message.count && Array($0.suffix(message.count)) == message }
            #expect(copies == 1, "a built message arrived \(copies) times byte-identical")
        }
        #expect(delivered.allSatisfy { String(decoding: $0.prefix(2048), as: UTF8.self).contains("SMTPS id") }, "a message went without TLS")
    }
}
