import AdvocacyFixtures
import AdvocateTestSupport
import Foundation
import Testing

/// Crash safety: a send of 200 messages killed with SIGKILL at many moments and resumed each
/// time delivers every recipient exactly once, except those it reports ambiguous, and each of
/// those is the message a kill interrupted between its intent and its outcome.
struct SendCrashTests {
    @Test func aSendKilledAtTwentyFiveMomentsDeliversEveryoneOnceOrReportsThemAmbiguous() throws {
        let send = try SendProject(200)
        var random = SplitMix64(seed: 13)
        // Each message takes three steps: 1 intent recorded, 2 handed over, 3 outcome recorded.
        // A kill after step 1 or 2 leaves that message ambiguous (received after step 2 only).
        var expectedAmbiguous: [String: Int] = [:]  // recipient → copies the stand-in should hold
        var ambiguousBefore: Set<String> = []
        var kills = 0
        while kills < 25 {
            let step = Int.random(in: 1...24, using: &random)
            let killed = try send.send("--connections", "1", environment: ["ADVOCATE_TEST_KILL_AFTER": String(step)])
            guard killed.crashed else {
                // Fewer than `step` steps were left: the run finished.
                #expect(killed.status == 0 || killed.status == 75, "stderr was:\n\(killed.stderr)")
                break
            }
            kills += 1
            let ambiguous = Set(((try send.status())["ambiguous"] as? [[String: Any]] ?? []).compactMap { $0["address"] as? String })
            let new = ambiguous.subtracting(ambiguousBefore)
            if step % 3 == 0 {
                #expect(new.isEmpty, "a kill after an outcome was recorded left \(new) ambiguous")
            } else {
                #expect(new.count == 1, "a kill at step \(step) left \(new) ambiguous")
                for recipient in new { expectedAmbiguous[recipient] = step % 3 == 2 ? 1 : 0 }
            }
            ambiguousBefore = ambiguous
        }
        #expect(kills >= 20)

        let last = try send.send("--connections", "1")
        #expect(last.status == (expectedAmbiguous.isEmpty ? 0 : 75), "stderr was:\n\(last.stderr)")
        #expect(try send.count("sent") == 200 - expectedAmbiguous.count)
        #expect(try send.count("ambiguous") == expectedAmbiguous.count)
        let received = try send.received()
        for index in 0..<200 {
            let address = SendProject.address(index)
            #expect(received[address, default: 0] == expectedAmbiguous[address, default: 1], "\(address) received \(received[address, default: 0]) copies")
        }
    }
}
