import AdvocacyCore

/// Writes an ``ExchangeDocument`` as a gettext PO file, as `msgmerge` would lay it out.
///
/// The header names the campaign (`Project-Id-Version`), the target language (`Language`) and,
/// in `X-Source-Language`, the source language. Each unit is one entry: its key as `msgctxt`,
/// its note as `#.` comments, its key again as a `#:` reference (which survives tools that drop
/// `msgctxt`, such as translate-toolkit's XLIFF round trip), its source as `msgid`, its target as
/// `msgstr`. Placeholders stay in the texts as written. A unit that needs review is `fuzzy`; a
/// stale one also carries its previous source as `#| msgctxt` and `#| msgid`, which translation
/// tools show as a difference. PO cannot say reviewed: a reviewed text is written like a
/// translated one, and the import keeps its review when it comes back unchanged.
///
/// A template (POT) leaves `Language` and every `msgstr` empty, for `msgmerge`.
struct POWriter {
    private var output = ""
    private var isTemplate = false

    /// The file's text; refuses a text holding NUL, which gettext cannot carry.
    static func write(_ document: ExchangeDocument, template: Bool = false) throws(AdvocateError) -> String {
        var writer = POWriter()
        writer.isTemplate = template
        writer.header(document)
        for unit in document.units {
            try writer.entry(unit)
        }
        return writer.output
    }

    private mutating func header(_ document: ExchangeDocument) {
        output += "msgid \"\"\nmsgstr \"\"\n"
        let fields = [
            ("Project-Id-Version", document.campaign),
            ("PO-Revision-Date", ""),
            ("Last-Translator", ""),
            ("Language-Team", ""),
            ("Language", isTemplate ? "" : document.targetLanguage.code),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("X-Generator", "advocate"),
            ("X-Source-Language", document.sourceLanguage.code),
        ]
        for (name, value) in fields {
            output += "\"\(POEscaping.escaped("\(name): \(value)\n"))\"\n"
        }
    }

    private mutating func entry(_ unit: ExchangeUnit) throws(AdvocateError) {
        for text in [unit.key, unit.source, unit.target ?? "", unit.previousSource ?? ""] where text.contains("\0") {
            throw AdvocateError(.invalidInput, "the text '\(unit.key)' contains a NUL character, which a PO file cannot hold; remove it from the campaign")
        }
        output += "\n"
        if let note = unit.note, !note.isEmpty {
            for line in note.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                output += line.isEmpty ? "#.\n" : "#. \(line)\n"
            }
        }
        output += "#: \(unit.key)\n"
        if case .needsReview = unit.state, !isTemplate {
            output += "#, fuzzy\n"
        }
        if let previousSource = unit.previousSource, !isTemplate {
            keyword("msgctxt", unit.key, prefix: "#| ")
            keyword("msgid", previousSource, prefix: "#| ")
        }
        keyword("msgctxt", unit.key)
        keyword("msgid", unit.source)
        keyword("msgstr", isTemplate ? "" : unit.target ?? "")
    }

    /// `keyword "text"`, or, for a text with a line break before its end, `keyword ""` followed
    /// by one quoted line per line of the text, each ending after its `\n`, as gettext does.
    private mutating func keyword(_ keyword: String, _ text: String, prefix: String = "") {
        let lines = POEscaping.linesEndingAfterNewline(text)
        if lines.count == 1 {
            output += "\(prefix)\(keyword) \"\(POEscaping.escaped(text))\"\n"
            return
        }
        output += "\(prefix)\(keyword) \"\"\n"
        for line in lines {
            output += "\(prefix)\"\(POEscaping.escaped(line))\"\n"
        }
    }
}
