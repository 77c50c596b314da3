import AdvocacyCore
import AdvocacyFixtures
import AdvocacyPlugins
import Foundation
import Testing

/// Texts made at random from the pieces encoders get wrong (spaces and tabs at line ends, dots
/// and `From ` at line starts, `=`, CR, long lines, non-ASCII, `=?…?=`), as bodies, subjects and
/// names of many messages in one mbox, which Python reads back: every one must survive exactly.
/// A lone CR is followed by a letter: before a line break it would read as a CRLF.
@Suite("Random texts")
struct RandomTextTests {
    static let pieces = [
        "a", "word ", " ", "  ", "\t", "\n", "\r\n", "\ra", ".", "From ", ">From ", "=", "=?UTF-8?Q?=0A?=", "=_advocate_1",
        "é", "Œ", "🙏", "e\u{301}", "ß", "ЖЖ", "\u{0}", String(repeating: "x", count: 90), String(repeating: "é", count: 40), "_", "?",
    ]

    static func text(_ random: inout SplitMix64, pieces count: Int, allowing: (String) -> Bool = { _ in true }) -> String {
        var text = ""
        for _ in 0..<count {
            let piece = pieces[Int(random.next() % UInt64(pieces.count))]
            if allowing(piece) { text += piece }
        }
        return text
    }

    @Test("200 random bodies, subjects and names survive exactly")
    func randomTexts() throws {
        var random = SplitMix64(seed: 12)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-random-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var output = try OutputWriter(directory: root.appendingPathComponent("c"))
        var expected: [(body: String, subject: String, name: String)] = []
        let oneLine: (String) -> Bool = { !$0.contains("\n") && !$0.contains("\r") && !$0.contains("\u{0}") }
        for _ in 0..<200 {
            let body = Self.text(&random, pieces: Int(random.next() % 60))
            let subject = Self.text(&random, pieces: Int(random.next() % 12), allowing: oneLine)
            // Python 3.11 keeps the space between two encoded words of a phrase, which RFC 2047
            // drops (see MessageEncoder.appendPhrase), and reads a tab in a name as a space: names
            // here are short enough for one encoded word, without tabs or runs of spaces.
            var name = Self.text(&random, pieces: 1 + Int(random.next() % 3)) { oneLine($0) && $0 != "\t" && $0.count < 30 }
            name = name.split(separator: " ").joined(separator: " ")
            if name.isEmpty { name = "x" }
            expected.append((body, subject, name))
        }
        var encoder = MessageEncoder(lineBreaks: .lf)
        var buffer: [UInt8] = []
        var failure: (any Error)?
        try output.writeStreaming(to: "random.mbox", stage: "mailing", language: nil) { sink throws(AdvocateError) in
            var mailbox = MailboxWriter(sink, date: MessageSamples.date)
            for (body, subject, name) in expected {
                buffer.removeAll(keepingCapacity: true)
                do {
                    let template = MessageTemplate(
                        subject: PersonalisedTemplate(literal: subject, escaping: .header(field: "Subject")),
                        body: .multipart(.mixed, [.text(TextPart(.plain, content: PersonalisedTemplate(literal: body, escaping: .text)))]))
                    let to = try MailAddress("jo@example.org", displayName: name)
                    try encoder.encode(template, headers: try MessageSamples.headers(to: to), values: [:], into: &buffer)
                } catch {
                    failure = error
                }
                try mailbox.append(buffer)
            }
            try mailbox.finish()
        }
        if let failure { throw failure }
        try output.finish(campaign: "c")
        let messages = try PythonEmail.readMailbox(at: root.appendingPathComponent("c/random.mbox").path)
        try #require(messages.count == expected.count)
        for (message, (body, subject, name)) in zip(messages, expected) {
            #expect(message.defects.isEmpty)
            #expect(message.headers["Subject"] == subject)
            #expect(message.addresses["To"]?.first?.name == name)
            #expect(message.parts.first?.content == body.replacingOccurrences(of: "\r\n", with: "\n"))
            #expect(message.longestLine <= 998)
        }
    }
}
