import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// Messages written through the build's output writer, one `.eml` per recipient or one mboxrd
/// file, and read back by Python's `mailbox` and `email`.
@Suite("Message writers")
struct MessageWritersTests {
    /// A personalised multipart/mixed message: text and HTML, then a PDF-sized attachment.
    static func template() throws -> MessageTemplate {
        let pdf = Array((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        return try MessageTemplate(
            subject: "{{campaign.title}} : {{recipient.first_name}}",
            body: .multipart(.mixed, [
                .multipart(.alternative, [
                    .text(TextPart(.plain, text: "Madame {{recipient.last_name}},\n\nFrom now on:\n.\n{{vars.long}}\n", language: "fr")),
                    .text(TextPart(.html, text: "<p>Madame {{recipient.last_name}},</p>\n<p>{{vars.long}}</p>\n", language: "fr")),
                ]),
                .attachment(Attachment(pdf, filename: "position-travail-décent.pdf", language: "fr")),
            ]))
    }

    static func values(_ index: Int) -> PlaceholderValues {
        [
            "campaign.title": "Travail décent", "recipient.first_name": "Sophie \(index)",
            "recipient.last_name": "<b>Dubois</b> [x](https://evil.example)",
            "vars.long": String(repeating: "mot ", count: 1250) + "=?UTF-8?Q?=0A?=",
        ]
    }

    func output() throws -> (URL, OutputWriter) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-messages-\(UUID().uuidString)")
        return (root, try OutputWriter(directory: root.appendingPathComponent("decent-work")))
    }

    @Test("an mbox of many messages reads back as those messages, each without a defect")
    func mailbox() throws {
        let (root, writer) = try output()
        var output = writer
        defer { try? FileManager.default.removeItem(at: root) }
        let template = try Self.template()
        var encoder = MessageEncoder(lineBreaks: .lf)
        var buffer: [UInt8] = []
        try output.writeStreaming(to: "mailings/letter/mailbox.mbox", stage: "mailing", language: nil) { sink throws(AdvocateError) in
            var mailbox = MailboxWriter(sink, date: MessageSamples.date)
            for index in 0..<12 {
                buffer.removeAll(keepingCapacity: true)
                let to = try! MailAddress("person\(index)@example.org", displayName: "Person \(index)")
                do {
                    try encoder.encode(template, headers: try MessageSamples.headers(to: to), values: Self.values(index), into: &buffer)
                } catch {
                    Issue.record("\(error)")
                }
                try mailbox.append(buffer)
            }
            try mailbox.finish()
        }
        let manifest = try output.finish(campaign: "decent-work")
        #expect(manifest.files.map(\.path) == ["mailings/letter/mailbox.mbox"])
        let path = root.appendingPathComponent("decent-work/mailings/letter/mailbox.mbox").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("From MAILER-DAEMON Sun Nov 29 09:30:00 2026\n"))
        let messages = try PythonEmail.readMailbox(at: path)
        #expect(messages.count == 12)
        for (index, message) in messages.enumerated() {
            #expect(message.defects.isEmpty)
            #expect(message.headers["Subject"] == "Travail décent : Sophie \(index)")
            #expect(message.parts.map(\.type) == ["text/plain", "text/html", "application/pdf"])
            #expect(message.parts[0].content == "Madame <b>Dubois</b> [x](https://evil.example),\n\nFrom now on:\n.\n\(Self.values(index)["vars.long"]!)\n")
            #expect(message.parts[1].content.hasPrefix("<p>Madame &lt;b&gt;Dubois&lt;/b&gt; [x](https://evil.example),</p>"))
            #expect(message.parts[2].filename == "position-travail-décent.pdf")
            #expect(message.parts[2].content.count == 600_000)
            #expect(message.longestLine <= 78)
        }
    }

    @Test("mboxrd quotes every line that starts with From after any number of '>'")
    func mboxrdQuoting() throws {
        let (root, writer) = try output()
        var output = writer
        defer { try? FileManager.default.removeItem(at: root) }
        let message = Array("Subject: x\n\nFrom here\n>From there\n>>From afar\nFromage\n".utf8)
        try output.writeStreaming(to: "box.mbox", stage: "mailing", language: nil) { sink throws(AdvocateError) in
            var mailbox = MailboxWriter(sink, date: Date(timeIntervalSince1970: 0))
            try mailbox.append(message)
            try mailbox.append(message)
            try mailbox.finish()
        }
        try output.finish(campaign: "decent-work")
        let text = try String(contentsOf: root.appendingPathComponent("decent-work/box.mbox"), encoding: .utf8)
        let one = "From MAILER-DAEMON Thu Jan  1 00:00:00 1970\nSubject: x\n\n>From here\n>>From there\n>>>From afar\nFromage\n\n"
        #expect(text == one + one)
    }

    @Test("an .eml per recipient is a CRLF message in the manifest, the same on every build")
    func emlFiles() throws {
        var digests: [[String]] = []
        for _ in 0..<2 {
            let (root, writer) = try output()
            var output = writer
            defer { try? FileManager.default.removeItem(at: root) }
            var encoder = MessageEncoder()
            let template = try Self.template()
            for index in 0..<3 {
                let to = try MailAddress("person\(index)@example.org")
                let bytes = try encoder.encoded(template, headers: try MessageSamples.headers(to: to), values: Self.values(index))
                try output.write(bytes, to: "mailings/letter/fr/person\(index).eml", stage: "mailing", language: LanguageCode("fr"))
            }
            let manifest = try output.finish(campaign: "decent-work")
            #expect(manifest.files.map(\.path) == (0..<3).map { "mailings/letter/fr/person\($0).eml" })
            digests.append(manifest.files.map(\.sha256))
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("decent-work/mailings/letter/fr/person0.eml")))
            let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
            #expect(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D }, "every line ends with CRLF")
            let message = try PythonEmail.read(bytes)
            #expect(message.defects.isEmpty)
            #expect(message.parts.count == 3)
        }
        #expect(digests[0] == digests[1])
    }
}
