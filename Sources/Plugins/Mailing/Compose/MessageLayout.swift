/// How a mailing's message is laid out from its texts in one or two languages: the plain-text
/// part is each language's Markdown and footer, one after the other; the HTML part is one
/// document with each language's text in an element marked with its `lang`; the subject is
/// each language's, joined by ` / `. Both parts come from the same Markdown, rendered once.
enum MessageLayout {
    /// The line between the two texts of a bilingual plain-text part.
    static let separator = "\n" + String(repeating: "-", count: 40) + "\n\n"

    /// The subject of a message carrying `texts`.
    static func subject(_ texts: [LanguageText]) -> String {
        texts.map(\.subject).joined(separator: " / ")
    }

    /// The plain-text part of a message carrying `texts`, each followed by its footer.
    static func plainText(_ texts: [(text: LanguageText, footer: MailingFooter)]) -> String {
        texts.map { text, footer in
            let markdown = text.markdown.hasSuffix("\n") ? text.markdown : text.markdown + "\n"
            return markdown + "\n" + footer.text
        }.joined(separator: separator)
    }

    /// The HTML part of a message carrying `texts`: a whole document, self-contained.
    static func html(_ texts: [(text: LanguageText, footer: MailingFooter)]) -> String {
        let language = texts.first?.text.language.code ?? "und"
        let sections = texts.map { text, footer in
            "<div lang=\"\(text.language.code)\">\n\(text.html)\(footer.html)</div>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width">
            </head>
            <body>
            \(sections.joined(separator: "<hr>\n"))</body>
            </html>

            """
    }
}
