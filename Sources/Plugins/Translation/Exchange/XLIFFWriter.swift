import AdvocacyCore

/// Writes an ``ExchangeDocument`` as an XLIFF 2.0 file.
///
/// One `<file id="campaign">` holds one `<unit id="key">` per text, in order, each with one
/// `<segment>`: `state` is `initial` for a new, stale or draft unit, `translated` or `reviewed`
/// otherwise (and `initial` whenever there is no target, which XLIFF requires). The unit's note
/// is a plain `<note>`; a stale unit's previous source is a `<note category="previous-source"
/// appliesTo="source">`, which translation tools show beside the text, rather than
/// `<originalData>`, which XLIFF reserves for the inline codes advocate does not use.
///
/// Texts are plain but for their placeholders: each `{{…}}` is an inline code the translator's
/// tool protects, `<ph id="1" equiv="{{vars.organisation}}" disp="Smart"/>` (`disp`, what it
/// stands for, when the campaign knows), numbered in the source, the target's taking the id of
/// the same placeholder in the source. Markdown is text. A character XML 1.0 cannot carry (a control character) is written as XLIFF's
/// `<cp hex="…"/>`; the file sets `canResegment="no"` so that tools keep one segment per unit,
/// and `xml:space="preserve"` so that they keep line breaks and indentation.
///
/// XLIFF wants at least one unit in a `<file>`: a document without units gives a well-formed
/// file that the XLIFF schema would not accept, so export nothing when nothing needs translating.
struct XLIFFWriter {
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    static let previousSourceCategory = "previous-source"

    /// The file's text; refuses a key or note XML cannot carry.
    static func write(_ document: ExchangeDocument) throws(AdvocateError) -> String {
        let writer = XLIFFWriter(values: document.placeholderValues)
        var output = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="\(namespace)" version="2.0" srcLang="\(document.sourceLanguage)" trgLang="\(document.targetLanguage)">
              <file id="\(try identifier(document.campaign, naming: "campaign"))" canResegment="no" xml:space="preserve">

            """
        for unit in document.units {
            output += try writer.unit(unit)
        }
        output += "  </file>\n</xliff>\n"
        return output
    }

    /// What placeholders stand for, by name, for `disp`.
    let values: [String: String]

    private func unit(_ unit: ExchangeUnit) throws(AdvocateError) -> String {
        var output = "    <unit id=\"\(try Self.identifier(unit.key, naming: "text"))\">\n"
        let note = unit.note.flatMap { $0.isEmpty ? nil : $0 }
        if note != nil || unit.previousSource != nil {
            output += "      <notes>\n"
            if let note {
                output += "        <note>\(try Self.noteText(note, of: unit))</note>\n"
            }
            if let previousSource = unit.previousSource {
                output += "        <note category=\"\(Self.previousSourceCategory)\" appliesTo=\"source\">\(try Self.noteText(previousSource, of: unit))</note>\n"
            }
            output += "      </notes>\n"
        }
        let target = unit.target.flatMap { $0.isEmpty ? nil : $0 }
        output += "      <segment state=\"\(target == nil ? "initial" : Self.state(unit.state))\">\n"
        var ids = PlaceholderIDs()
        output += "        <source>\(content(unit.source, ids: &ids, isSource: true))</source>\n"
        if let target {
            output += "        <target>\(content(target, ids: &ids, isSource: false))</target>\n"
        }
        output += "      </segment>\n    </unit>\n"
        return output
    }

    private static func state(_ state: ExchangeState) -> String {
        switch state {
        case .new, .needsReview: "initial"
        case .translated: "translated"
        case .reviewed: "reviewed"
        }
    }

    /// Source or target content: escaped text, each placeholder a `<ph/>`, and `<cp/>` for
    /// characters XML cannot carry.
    private func content(_ text: String, ids: inout PlaceholderIDs, isSource: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = ""
        var start = 0
        // A Mustache comment ({{! … }}) may hold anything and stays text.
        for placeholder in PlaceholderScan(scalars: scalars).placeholders where placeholder.sigil != "!" {
            output += Self.plain(scalars[start..<placeholder.range.lowerBound])
            let written = String(String.UnicodeScalarView(scalars[placeholder.range]))
            let id = isSource ? ids.numberInSource(written) : ids.matchInTarget(written)
            // A placeholder's name is letters, digits, dots, '-' and '_' between blanks: always an attribute value.
            var element = "<ph id=\"\(id)\" equiv=\"\(XMLEscaping.attribute(written) ?? "")\""
            if placeholder.isValue, let value = values[placeholder.name], let escaped = XMLEscaping.attribute(value) {
                element += " disp=\"\(escaped)\""
            }
            output += element + "/>"
            start = placeholder.range.upperBound
        }
        return output + Self.plain(scalars[start...])
    }

    /// Escaped text, with `<cp/>` for characters XML cannot carry.
    private static func plain(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var output = ""
        for scalar in scalars {
            if let escaped = XMLEscaping.text(String(scalar)) {
                output += escaped
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output += "<cp hex=\"\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)\"/>"
            }
        }
        return output
    }

    private static func noteText(_ text: String, of unit: ExchangeUnit) throws(AdvocateError) -> String {
        guard let escaped = XMLEscaping.text(text) else {
            throw AdvocateError(.invalidInput, "the note or previous source of '\(unit.key)' contains a control character XML cannot hold; remove it")
        }
        return escaped
    }

    /// A campaign id or key as an XLIFF identifier (an XML name token).
    private static func identifier(_ text: String, naming what: String) throws(AdvocateError) -> String {
        guard !text.isEmpty, text.unicodeScalars.allSatisfy(XMLCharacters.isName), let escaped = XMLEscaping.attribute(text) else {
            throw AdvocateError(.invalidInput, "the \(what) id '\(text)' cannot be an XLIFF id: use letters, digits, '.', '-' and '_' only")
        }
        return escaped
    }
}
