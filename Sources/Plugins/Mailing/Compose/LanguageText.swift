public import AdvocacyCore

/// A mailing's subject and body in one language, rendered once: the Markdown (which is the
/// plain-text part) and its HTML, each placeholder kept as a slot and named after the language
/// (`{{fr.recipient.first_name}}`), so that the two texts of a bilingual message take each
/// their own salutation and title. Recipients' values are put in the slots later, escaped;
/// the Markdown is never rendered again per recipient.
public struct LanguageText: Sendable {
    /// The language the text is written in.
    public let language: LanguageCode
    /// The subject, placeholders named after the language.
    public let subject: String
    /// The body's Markdown, which the plain-text part is.
    public let markdown: String
    /// The body rendered to HTML.
    public let html: String
    /// Where the body is written in the campaign, for messages.
    public let location: SourceLocation

    /// The texts of `mailing` in `language`, which must have both; the Markdown rendered by
    /// `renderer` (a body that does not render is the campaign's error, at its line).
    init(_ mailing: Mailing, in language: LanguageCode, renderer: MarkdownRenderer) throws(AdvocateError) {
        guard let subject = mailing.subject.translations[language], let body = mailing.body.translations[language] else {
            throw AdvocateError(.internalError, "mailing '\(mailing.id.value)' has no text in \(language.code) to render")
        }
        self.language = language
        self.subject = Self.naming(subject.value, after: language)
        markdown = Self.naming(body.value, after: language)
        location = body.location
        do {
            html = try renderer.html(markdown)
        } catch {
            throw AdvocateError(
                .invalidInput, "the \(language.code) body of mailing '\(mailing.id.value)' cannot be rendered: \(error.message)",
                diagnostics: [.error("the \(language.code) body of mailing '\(mailing.id.value)' cannot be rendered: \(error.message)", at: body.location)])
        }
    }

    /// `text` with each placeholder's name prefixed with the language: `{{ recipient.x }}`
    /// becomes `{{fr.recipient.x}}`, spaces inside the braces dropped.
    static func naming(_ text: String, after language: LanguageCode) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            while rest.first == " " { rest.removeFirst() }
            output += language.code + "."
        }
        return output + rest
    }

    /// The placeholder name `name` without the language this text put before it.
    static func unprefixed(_ name: String) -> (language: String, name: String) {
        guard let dot = name.firstIndex(of: ".") else { return ("", name) }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }
}
