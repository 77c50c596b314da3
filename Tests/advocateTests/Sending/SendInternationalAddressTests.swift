import AdvocateTestSupport
import Foundation
import Testing

/// A recipient whose address has non-ASCII characters before the `@` gets their message
/// through a relay that offers SMTPUTF8, asked for in the envelope; a relay without it refuses
/// them for good, and everyone else's message still goes.
struct SendInternationalAddressTests {
    @Test(arguments: [true, false])
    func aNonASCIILocalPartGoesOnlyThroughARelayWithSMTPUTF8(_ offered: Bool) throws {
        let mailing = try MailingProject(rows: "jérôme@x.example,Jérôme,Lee,,,,fr,\nann@x.example,Ann,Lee,,,,fr,\n")
        let build = try mailing.advocate("build", "sample")
        try #require(build.status == 0, "stderr was:\n\(build.stderr)")
        let relay = try LoopbackRelay(in: mailing.project.root, security: .none, smtputf8: offered)
        let sent = try mailing.advocate("send", "sample", "--mailing", "launch", "--via", "smtp://127.0.0.1:\(relay.port)", "--insecure")
        #expect(sent.status == 0, "stderr was:\n\(sent.stderr)")
        let received = try relay.messages()
        let ann = received.filter { $0.recipients == ["ann@x.example"] }
        #expect(ann.count == 1)
        #expect(ann.first?.mailOptions.contains("SMTPUTF8") == false)
        let jerome = received.filter { $0.recipients == ["jérôme@x.example"] }
        if offered {
            #expect(jerome.count == 1)
            #expect(jerome.first?.mailOptions.contains("SMTPUTF8") == true)
            let built = try #require(try FileManager.default.contentsOfDirectory(atPath: mailing.project.root.appendingPathComponent("out/sample/mailings/launch/fr").path)
                .first { $0.hasPrefix("j_r_me@") })
            #expect(jerome.first?.bytes == Array(try mailing.project.read("out/sample/mailings/launch/fr/\(built)")))
        } else {
            #expect(jerome.isEmpty)
            #expect(sent.stdout.contains("jérôme@x.example\tpermanent failure"), "stdout was:\n\(sent.stdout)")
        }
    }
}
