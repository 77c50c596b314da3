@testable import AdvocacyPlugins
import Testing

@Suite("SMTP on the wire")
struct SMTPWireTests {
    static let data: [(id: String, message: String, wire: String)] = [
        ("LF becomes CRLF", "a\nb\n", "a\r\nb\r\n.\r\n"),
        ("CRLF stays", "a\r\nb\r\n", "a\r\nb\r\n.\r\n"),
        ("a bare CR becomes CRLF", "a\rb\n", "a\r\nb\r\n.\r\n"),
        ("a last line without its end gets one", "a\nb", "a\r\nb\r\n.\r\n"),
        ("a leading dot is doubled", ".a\n..b\n.\nc.d\n", "..a\r\n...b\r\n..\r\nc.d\r\n.\r\n"),
        ("a dot first in the message", ".", "..\r\n.\r\n"),
        ("empty", "", ".\r\n"),
    ]

    @Test("message data: CRLF, dot-stuffing, the closing dot", arguments: data)
    func encodes(id: String, message: String, wire: String) {
        #expect(SMTPMessageData.encode(Array(message.utf8)) == Array(wire.utf8))
    }

    static let replies: [(id: String, bytes: String, codes: [Int], lines: [[String]])] = [
        ("one line", "220 relay.test ESMTP\r\n", [220], [["relay.test ESMTP"]]),
        ("multi-line", "250-relay.test\r\n250-PIPELINING\r\n250 SMTPUTF8\r\n", [250], [["relay.test", "PIPELINING", "SMTPUTF8"]]),
        ("two replies in one read, bare LF", "250 ok\n354 go on\n", [250, 354], [["ok"], ["go on"]]),
        ("a code alone", "250\r\n", [250], [[""]]),
        ("a half reply waits", "250-a\r\n250 b", [], []),
    ]

    @Test("replies are read whole", arguments: replies)
    func readsReplies(id: String, bytes: String, codes: [Int], lines: [[String]]) throws {
        var reader = SMTPReplyReader()
        let responses = try reader.read(Array(bytes.utf8))
        #expect(responses.map(\.code) == codes)
        #expect(responses.map(\.lines) == lines)
    }

    static let malformed: [(id: String, bytes: String)] = [
        ("not a code", "hello there\r\n"),
        ("a code that changes", "250-a\r\n251 b\r\n"),
        ("a bad separator", "250+a\r\n"),
        ("an endless line", String(repeating: "2", count: 5000)),
    ]

    @Test("a relay that does not speak SMTP is a protocol error", arguments: malformed)
    func refusesMalformed(id: String, bytes: String) {
        var reader = SMTPReplyReader()
        #expect(throws: SMTPReplyReader.Malformed.self) { try reader.read(Array(bytes.utf8)) }
    }

    static let enhanced: [(line: String, code: Int, enhanced: String?, text: String)] = [
        ("5.1.1 no such user", 550, "5.1.1", "no such user"),
        ("4.7.0 try later", 451, "4.7.0", "try later"),
        ("5.1.1 class differs", 450, nil, "5.1.1 class differs"),
        ("no enhanced code", 550, nil, "no enhanced code"),
    ]

    @Test("the enhanced status code is read when it matches the reply's class", arguments: enhanced)
    func enhancedCodes(line: String, code: Int, enhanced: String?, text: String) {
        let reply = SMTPResponse(code: code, lines: [line]).reply(at: .recipient)
        #expect(reply.enhancedCode == enhanced)
        #expect(reply.lines == [text])
        #expect(reply.description == "\(code) \(line)")
    }
}
