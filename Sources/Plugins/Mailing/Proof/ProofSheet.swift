import AdvocacyCore

/// The proof sheet of one language of a mailing, `mailings/<mailing>/proof-<lang>.html`: the
/// subject, the counts of messages per language and of those left out, and the message a
/// sample recipient gets, shown as a mail client shows it (in a sandboxed frame) and as plain
/// text. Self-contained: no script, no style sheet or image fetched from anywhere.
struct ProofSheet {
    let html: String

    init(composer: MailingComposer, sample: Addressee, check: PreSendCheck) throws(AdvocateError) {
        let message: FilledMessage
        do throws(MessageError) {
            message = try FilledMessage(sample)
        } catch {
            throw AdvocateError(.internalError, "the proof of mailing '\(composer.mailing.id.value)' cannot be made: \(error)")
        }
        let escaped = MailingFooter.escaped
        let id = composer.mailing.id.value
        let counts = check.counts.map { "<tr><td>\($0.language)</td><td>\($0.count)</td></tr>" }.joined(separator: "\n")
        let attachments = sample.language.languages.compactMap { composer.attachments[$0] }
            .map { "<li>\(escaped($0.filename)) (\($0.size / 1024) KiB)</li>" }.joined()
        html = """
            <!DOCTYPE html>
            <html lang="\(sample.language.languages[0].code)">
            <head>
            <meta charset="utf-8">
            <title>Proof: \(escaped(id)) (\(sample.language))</title>
            <style>
            body { font-family: sans-serif; max-width: 50em; margin: 2em auto; }
            iframe { width: 100%; height: 40em; border: 1px solid #999; }
            pre { white-space: pre-wrap; background: #f4f4f4; padding: 1em; }
            td { padding: 0 1em; }
            </style>
            </head>
            <body>
            <h1>Proof of mailing <code>\(escaped(id))</code>, \(sample.language)</h1>
            <table>
            <tr><th>Language</th><th>Messages</th></tr>
            \(counts)
            <tr><td>Left out</td><td>\(check.leftOut.count)</td></tr>
            </table>
            <h2>Subject</h2>
            <p id="subject">\(escaped(message.subject))</p>
            <h2>Sample: the message to \(escaped(sample.recipient.contact.email))</h2>
            <p>From: \(escaped(sample.headers.from.displayName ?? "")) &lt;\(escaped(sample.headers.from.addrSpec))&gt;</p>
            \(attachments.isEmpty ? "" : "<p>Attached:</p>\n<ul>\(attachments)</ul>")
            <iframe id="html" sandbox title="The HTML part" srcdoc="\(escaped(message.html))"></iframe>
            <h2>Plain text</h2>
            <pre id="plain">\(escaped(message.plain))</pre>
            </body>
            </html>

            """
    }
}
