import AdvocacyCore
import Foundation

/// What a position-paper layout renders: the paper's texts, its Markdown already rendered to
/// safe HTML, its demands and references, its labels and the partner's identity, as the
/// dictionaries and arrays Mustache reads. docs/papers.md lists every field.
struct PaperPage {
    /// The values, keyed as layouts name them.
    let values: [String: Any]

    /// Every name a layout may use, at any depth: what ``PaperLayout`` checks tags against.
    static let fieldNames: Set<String> = [
        "language", "title", "fallback", "fallbackLanguage", "notTranslated", "draft", "draftMark",
        "date", "labels", "summary", "context", "demands", "sources", "contact", "citedSources",
        "partner", "name", "logo", "addressLines", "line", "legal", "website", "email",
        "html", "number", "body", "citations", "hasCitations", "publisher", "year", "url",
        "hasSources", "status", "numbered", "nameIn", "addressIn", "contactIn", "legalIn", "code", "note",
    ]

    /// Fields whose values are HTML made by advocate, which a layout may insert unescaped.
    static let htmlFieldNames: Set<String> = ["html"]

    /// Fields holding a `data:` address made by advocate, which may stand alone in `src`.
    static let embeddedFieldNames: Set<String> = ["logo"]

    /// Fields holding a web or mail address (see ``isLinkable(_:)``), which may stand alone in
    /// an `<a href>`.
    static let linkFieldNames: Set<String> = ["url", "website"]

    /// Assembles the page; a Markdown text that is too costly to render is an error naming it.
    init(
        paper: PositionPaper, partner: PartnerProfile?, logo: String?, campaign: Campaign, renderer: MarkdownRenderer,
        listingSources: Bool = true, numberingDemands: Bool = true
    ) throws(AdvocateError) {
        let labels = paper.labels
        let language = paper.language

        func block(_ text: PositionPaper.Text, field: String) throws(AdvocateError) -> [String: Any] {
            let html: String
            do {
                html = try renderer.html(text.text)
            } catch {
                let message = PaperTexts.refusal(field, error)
                throw AdvocateError(.invalidInput, message, diagnostics: [.error(message, at: text.location)])
            }
            return [
                "html": html, "fallback": text.language != language,
                "fallbackLanguage": text.language.code, "notTranslated": labels.notTranslated,
            ]
        }

        var values: [String: Any] = [
            "language": language.code,
            "status": paper.status.rawValue,
            "title": paper.title.text,
            "fallback": paper.title.language != language,
            "fallbackLanguage": paper.title.language.code,
            "notTranslated": labels.notTranslated,
            "draft": paper.status != .approved,
            "draftMark": labels.draftMark,
            "labels": [
                "summary": labels.summary, "context": labels.context, "demands": labels.demands,
                "sources": labels.sources, "contact": labels.contact, "citedSources": labels.citedSources,
            ],
            "summary": try block(paper.summary, field: PaperTexts.summary),
            "hasSources": listingSources && !paper.references.isEmpty,
            "numbered": numberingDemands,
        ]
        if let date = paper.date { values["date"] = date }
        if let context = paper.context, !context.text.isEmpty {
            values["context"] = try block(context, field: PaperTexts.context)
        }
        var demands: [[String: Any]] = []
        for demand in paper.demands {
            demands.append([
                "number": demand.number,
                "title": demand.title.text,
                "fallback": demand.title.language != language,
                "fallbackLanguage": demand.title.language.code,
                "body": try block(demand.body, field: PaperTexts.body(ofDemand: demand.id)),
                "citations": demand.citations.map { ["number": $0] },
                "hasCitations": !demand.citations.isEmpty,
            ])
        }
        values["demands"] = demands
        values["sources"] = paper.references.map { reference -> [String: Any] in
            var source: [String: Any] = [
                "number": reference.number, "title": reference.source.title.value,
                "publisher": reference.source.publisher.value, "year": reference.source.year.value,
            ]
            // A link is only given for web and mail addresses; anything else is shown as text.
            if let url = reference.source.url?.value, Self.isLinkable(url) { source["url"] = url }
            return source
        }
        if let partner {
            let identity = partner.identity(in: language, for: campaign)
            // A text shown in another language: its code for `lang`, and the note naming it.
            func mark(_ text: PartnerText.Resolved) -> [String: Any]? {
                text.fallsBack ? ["code": text.language.code, "note": labels.inLanguage(text.language)] : nil
            }
            var shown: [String: Any] = [
                "name": identity.name.text,
                "addressLines": identity.address.lines.map { ["line": $0] },
                "contact": ["name": identity.contact.name.text, "email": identity.contact.email],
            ]
            let marks = [
                ("nameIn", mark(identity.name)), ("addressIn", mark(identity.address)),
                ("contactIn", mark(identity.contact.name)), ("legalIn", identity.legal.flatMap(mark)),
            ]
            for case (let key, let mark?) in marks { shown[key] = mark }
            if let legal = identity.legal { shown["legal"] = legal.text }
            if let logo { shown["logo"] = logo }
            if let website = identity.website, Self.isLinkable(website) { shown["website"] = website }
            values["partner"] = shown
        }
        self.values = values
    }

    /// Whether `url` is a web or mail address, safe to put in an `href`.
    static func isLinkable(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:"))
            && !url.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
    }
}
