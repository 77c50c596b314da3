import AdvocacyPlugins
import Foundation
import Testing

/// The headers a mailing's message carries, as Python reads them.
@Suite("Message headers")
struct MessageHeadersTests {
    @Test("every header is written and decodes to what was given")
    func headers() throws {
        let template = try MessageSamples.template(subject: "Travail décent, {{recipient.first_name}}", text: "Bonjour")
        let message = try PythonEmail.read(try MessageSamples.encode(template, ["recipient.first_name": "Sophie"]))
        #expect(message.defects.isEmpty)
        let id = MessageID.derived(campaign: "decent-work", mailing: "letter", recipient: "sophie.dubois@federal.example", domain: "coop.example")
        #expect(message.headers == [
            "Date": "Sun, 29 Nov 2026 09:30:00 +0000",
            "From": "Coopérative Solidaire <campagnes@coop.example>",
            "To": "Sophie Dubois <sophie.dubois@federal.example>",
            "Reply-To": "reponses@coop.example",
            "Subject": "Travail décent, Sophie",
            "Message-ID": id.headerForm,
            "List-Id": "Travail décent <letter.decent-work.coop.example>",
            "List-Unsubscribe": "<https://coop.example/unsubscribe?t=abc>, <mailto:unsubscribe@coop.example?subject=letter>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "MIME-Version": "1.0",
            "Content-Language": "fr",
            "Content-Type": "multipart/alternative; boundary=\"=_advocate_1\"",
        ])
        #expect(message.parts.map(\.type) == ["text/plain", "text/html"])
        #expect(message.parts.map(\.language) == ["fr", "fr"])
    }

    @Test("a rebuild gives the same bytes")
    func deterministic() throws {
        let template = try MessageSamples.template(subject: "Travail décent", text: "Bonjour\n")
        #expect(try MessageSamples.encode(template) == MessageSamples.encode(template))
    }

    @Test("a Message-ID is stable and differs per campaign, mailing and recipient")
    func messageID() {
        let id = MessageID.derived(campaign: "c", mailing: "m", recipient: "Jo@Example.org", domain: "coop.example")
        #expect(id == MessageID.derived(campaign: "c", mailing: "m", recipient: "jo@example.org", domain: "coop.example"))
        #expect(id.value.hasSuffix("@coop.example"))
        #expect(id.value.count == 32 + "@coop.example".count)
        let others = [
            MessageID.derived(campaign: "c2", mailing: "m", recipient: "jo@example.org", domain: "coop.example"),
            MessageID.derived(campaign: "c", mailing: "m2", recipient: "jo@example.org", domain: "coop.example"),
            MessageID.derived(campaign: "c", mailing: "m", recipient: "jo2@example.org", domain: "coop.example"),
        ]
        #expect(!others.contains(id))
        #expect(Set(others).count == 3)
    }

    static let dateCases: [(TimeInterval, String, String)] = [
        (0, "Thu, 1 Jan 1970 00:00:00 +0000", "Thu Jan  1 00:00:00 1970"),
        (951_782_400, "Tue, 29 Feb 2000 00:00:00 +0000", "Tue Feb 29 00:00:00 2000"),
        (1_795_944_600, "Sun, 29 Nov 2026 09:30:00 +0000", "Sun Nov 29 09:30:00 2026"),
        (4_102_444_799, "Thu, 31 Dec 2099 23:59:59 +0000", "Thu Dec 31 23:59:59 2099"),
    ]

    @Test("dates are in English and UTC whatever the locale", arguments: dateCases)
    func dates(_ seconds: TimeInterval, _ rfc5322: String, _ asctime: String) {
        #expect(MessageDate.rfc5322(Date(timeIntervalSince1970: seconds)) == rfc5322)
        #expect(MessageDate.asctime(Date(timeIntervalSince1970: seconds)) == asctime)
    }

    @Test("a non-ASCII local part is written as UTF-8 and the message needs SMTPUTF8")
    func internationalAddress() throws {
        let recipient = try MailAddress("élodie@coopérative.example", displayName: "Élodie")
        let headers = try MessageSamples.headers(to: recipient)
        #expect(headers.needsSMTPUTF8)
        let message = try PythonEmail.read(try MessageSamples.encode(try MessageSamples.template(subject: "x", text: "y"), to: recipient))
        #expect(message.defects == ["NonASCIILocalPartDefect"], "Python notes the RFC 6532 local part, and nothing else")
        #expect(message.addresses["To"] == [PythonEmail.Address(name: "Élodie", address: "élodie@xn--cooprative-e7a.example")])
    }

    static let refused: [(String, @Sendable () throws -> Void, MessageError)] = [
        ("a List-Id description with a line break", { _ = try ListID("a.example", description: "x\ny") }, MessageError(.lineBreakInHeader(field: "List-Id"))),
        ("an unsubscribe URL with a line break", { _ = try ListUnsubscribe(https: "https://x.example/\r\nBcc: y", mailto: nil) }, MessageError(.lineBreakInHeader(field: "List-Unsubscribe"))),
        ("an attachment name with a line break", { _ = try Attachment([1], filename: "a\r\n.pdf") }, MessageError(.lineBreakInHeader(field: "Content-Disposition"))),
    ]

    @Test("a header value with a line break is refused, naming the field", arguments: refused)
    func refusedLineBreaks(_ name: String, _ make: @Sendable () throws -> Void, _ error: MessageError) {
        #expect(throws: error, "\(name)") { try make() }
    }
}

/// A recipient whose data would break a header gets no message, and the buffer keeps only the
/// messages before.
@Suite("Refused recipients")
struct RefusedRecipientTests {
    static let values: [(String, PlaceholderValues, MessageError)] = [
        ("CR/LF and Bcc in a name bound for the subject", ["recipient.first_name": "Jo\r\nBcc: x@example.org"], MessageError(.lineBreakInHeader(field: "Subject"))),
        ("a bare LF", ["recipient.first_name": "Jo\nBcc: x@example.org"], MessageError(.lineBreakInHeader(field: "Subject"))),
        ("a field missing for this recipient", [:], MessageError(.missingValue(name: "recipient.first_name"))),
    ]

    @Test("the encoder throws and leaves the buffer as it was", arguments: values)
    func refused(_ name: String, _ values: PlaceholderValues, _ error: MessageError) throws {
        let template = try MessageSamples.template(subject: "Bonjour {{recipient.first_name}}", text: "Bonjour {{recipient.first_name}}")
        var encoder = MessageEncoder()
        var buffer: [UInt8] = []
        try encoder.encode(template, headers: try MessageSamples.headers(), values: ["recipient.first_name": "Sophie"], into: &buffer)
        let before = buffer
        #expect(throws: error, "\(name)") {
            try encoder.encode(template, headers: try MessageSamples.headers(), values: values, into: &buffer)
        }
        #expect(buffer == before)
        #expect(template.missing(in: values) == (values["recipient.first_name"] == nil ? ["recipient.first_name"] : []))
    }
}
