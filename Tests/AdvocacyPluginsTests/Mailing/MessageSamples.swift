import AdvocacyPlugins
import Foundation

/// What the message tests build messages from: a sender, a recipient, fixed headers and a
/// body of a text and an HTML part.
enum MessageSamples {
    /// 2026-11-29 09:30:00 UTC, a Sunday.
    static let date = Date(timeIntervalSince1970: 1_795_944_600)

    static func headers(to recipient: MailAddress? = nil, language: String = "fr") throws -> MessageHeaders {
        let to = try recipient ?? MailAddress("sophie.dubois@federal.example", displayName: "Sophie Dubois")
        return MessageHeaders(
            from: try MailAddress("campagnes@coop.example", displayName: "Coopérative Solidaire"),
            to: [to], replyTo: try MailAddress("reponses@coop.example"), date: date,
            messageID: MessageID.derived(campaign: "decent-work", mailing: "letter", recipient: to.addrSpec, domain: "coop.example"),
            listID: try ListID("letter.decent-work.coop.example", description: "Travail décent"),
            listUnsubscribe: try ListUnsubscribe(https: "https://coop.example/unsubscribe?t=abc", mailto: "mailto:unsubscribe@coop.example?subject=letter"),
            contentLanguage: [language])
    }

    /// A multipart/alternative message of `text` and `html` with `subject`.
    static func template(subject: String, text: String, html: String = "<p>Bonjour</p>") throws -> MessageTemplate {
        try MessageTemplate(
            subject: subject,
            body: .multipart(.alternative, [.text(TextPart(.plain, text: text, language: "fr")), .text(TextPart(.html, text: html, language: "fr"))]))
    }

    /// The bytes of the message of `template` to the default recipient with `values`.
    static func encode(_ template: MessageTemplate, _ values: PlaceholderValues = [:], to recipient: MailAddress? = nil, lineBreaks: MessageEncoder.LineBreaks = .crlf) throws -> [UInt8] {
        var encoder = MessageEncoder(lineBreaks: lineBreaks)
        return try encoder.encoded(template, headers: try headers(to: recipient), values: values)
    }
}
