import AdvocacyFixtures
import Foundation
import Testing

/// A contacts export cut short while `advocate lists` reads it (an export tool rewriting it in
/// place): the run ends with a clear error or, if it read the whole file first, with lists,
/// but never with a signal.
struct TruncatedContactsTests {
    @Test func aContactsFileCutWhileReadIsNeverACrash() throws {
        let project = try TemporaryProject()
        let contacts = project.root.appendingPathComponent("contacts.csv")
        try CSVExport.plain.write(ContactGenerator(ContactGenerator.Options()), rows: 200_000, toFile: contacts.path)
        let whole = try Data(contentsOf: contacts)
        try project.campaign("sample.yaml", SampleCampaign.readyToMail(SampleCampaign.yaml())
            .replacingOnce("audiences:\n  - id: members\n", with: "contacts:\n  - id: export\n    file: contacts.csv\naudiences:\n  - id: members\n    contacts: [export]\n"))
        var reported = false
        for delay in [100, 250, 400, 600, 900, 1_300, 2_000] {
            try whole.write(to: contacts)
            let process = try AdvocateProcess.start(["lists", "sample"], in: project.root)
            usleep(UInt32(delay) * 1_000)
            // Cut the file in place, as `truncate` or an export tool reopening it with O_TRUNC does.
            #expect(truncate(contacts.path, 4_096) == 0)
            let result = process.wait()
            let stderr = result.stderr
            #expect(!result.crashed, "advocate lists died of signal \(result.status) when the file was cut after \(delay) ms")
            #expect([0, 65].contains(result.status), "stderr was:\n\(stderr)")
            if stderr.contains("was cut short") {
                #expect(result.status == 65)
                #expect(stderr.contains("contacts.csv:1:1: error: the contacts file was cut short while it was read"), "stderr was:\n\(stderr)")
                reported = true
            }
        }
        #expect(reported, "no cut came while the file was being read")
    }
}
