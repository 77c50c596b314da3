import AdvocacyFixtures
import AdvocateTestSupport
import Foundation
import Testing

/// `send` on what `build` really wrote: the mailing stage's messages reach a real relay byte for
/// byte, and a mailing that fails the pre-send check sends nothing.
struct SendBuiltMailingTests {
    @Test func aBuiltMailingReachesTheRelayOnceEachByteForByte() throws {
        let send = try SendProject(6)
        let build = try send.project.advocate("build", "sample")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        let manifest = try JSONSerialization.jsonObject(with: send.project.read("out/sample/manifest.json")) as? [String: Any] ?? [:]
        let built = (manifest["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
            .filter { $0.hasPrefix("mailings/launch/") && $0.hasSuffix(".eml") }
        #expect(built.count == 6)

        let relay = try LoopbackRelay(in: send.project.root, security: .none)
        let result = try send.project.advocate(["send", "sample", "--mailing", "launch", "--via", "smtp://127.0.0.1:\(relay.port)", "--insecure"])
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let received = try relay.messages()
        #expect(received.count == 6)
        for path in built {
            let bytes = Array(try send.project.read("out/sample/\(path)"))
            let address = String(path.split(separator: "/").last!.dropLast(".eml".count))
            let copies = received.filter { $0.recipients == [address] }
            #expect(copies.count == 1, "\(address) received \(copies.count) copies")
            // The mailing stage writes CRLF line ends, which SMTP carries as they are.
            let identical = copies.first?.bytes == bytes
            #expect(identical, "the message to \(address) is not the one built")
        }
    }

    @Test func aMailingThatFailsThePreSendCheckSendsNothing() throws {
        let send = try SendProject(3) { yaml in
            yaml.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("unsubscribe:") }.joined(separator: "\n")
        }
        let result = try send.send()
        #expect(result.status == 65)
        #expect(result.stderr.contains("mailing 'launch' fails the pre-send check; nothing was sent"), "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("Campaigns/sample.yaml:"))
        #expect(try send.standIn.runs().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: send.out.appendingPathComponent(".send/sample/launch.sqlite").path))
    }

    @Test func aMailingBuiltAsOneMboxIsRefusedWithTheFormatToUse() throws {
        let send = try SendProject(2) { $0 + "pipeline:\n  - draft\n  - lists\n  - stage: mailing\n    options: { format: mbox }\n" }
        #expect(try send.project.advocate("build", "sample").status == 0)
        let result = try send.send()
        #expect(result.status == 65)
        #expect(result.stderr.contains("was built as one mbox file"))
        #expect(result.stderr.contains("format: eml"))
        #expect(try send.standIn.runs().isEmpty)
    }
}
