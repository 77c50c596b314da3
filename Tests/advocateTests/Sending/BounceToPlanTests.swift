import AdvocacyFixtures
import AdvocateTestSupport
import Foundation
import Testing

/// The loop closes: a bounce for a sent message puts its address on the campaign's suppression
/// list, and the next plan leaves that person out with the reason.
struct BounceToPlanTests {
    @Test func aBounceForASentMessageLeavesItsRecipientOutOfTheNextPlan() throws {
        let send = try SendProject(3, suppression: true)
        let before = try send.project.advocate("plan", "sample", "--mailing", "launch")
        #expect(before.status == 0, "stderr was:\n\(before.stderr)")
        #expect(before.stdout.contains("3 recipients, 0 left out"))
        #expect(try send.send().status == 0)

        let id = BuiltMailing.messageID(campaign: "sample", mailing: "launch", index: 1)
        try send.project.write("returned.mbox", ReturnedMailSample.mbox([
            ReturnedMailSample.deliveryStatus(messageID: id, recipient: SendProject.address(1)),
            ReturnedMailSample.deliveryStatus(messageID: "unknown@elsewhere.example", recipient: "x@elsewhere.example"),
        ]))
        let bounces = try send.project.advocate("bounces", "sample", "returned.mbox", "--json")
        #expect(bounces.status == 0, "stderr was:\n\(bounces.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(bounces.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(report["suppressed"] as? [String] == [SendProject.address(1)])
        #expect((report["unmatched"] as? [[String: Any]])?.count == 1)

        let after = try send.project.advocate("plan", "sample", "--mailing", "launch")
        #expect(after.status == 0, "stderr was:\n\(after.stderr)")
        #expect(after.stdout.contains("2 recipients, 1 left out"))
        let day = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        #expect(after.stdout.contains("\(SendProject.address(1))\tleft out: is on the suppression list (bounced since \(day))"), "stdout was:\n\(after.stdout)")
    }
}
