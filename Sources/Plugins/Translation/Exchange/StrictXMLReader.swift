/// Reads well-formed XML 1.0 with namespaces, and nothing more: no DTD.
///
/// Hand-written on purpose. Foundation's `XMLParser` (libxml2 underneath, as under SWXMLHash and
/// XMLCoder) accepts a `<!DOCTYPE>` with an external entity without a word, tells nothing before
/// expanding entities, and reports errors as bare codes at the place it gave up rather than the
/// place at fault. This reader has no code for DTDs at all: a `<!DOCTYPE>` or any other `<!`
/// declaration is refused where it starts, so no entity can be declared, fetched or expanded,
/// and only the five predefined entities and numeric references exist. Every error carries the
/// line and column, counted in Unicode scalars as all advocate diagnostics are.
struct StrictXMLReader {
    /// Elements nested deeper than this are refused; XLIFF needs fewer than ten.
    static let maximumDepth = 32
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    var scanner: XMLScanner
    /// What the document is, for messages: "XLIFF", "SVG".
    var kind = "XLIFF"
    /// The namespace prefixes in force, innermost last; "" is the default namespace.
    var scopes: [[String: String]] = [["xml": xmlNamespace]]

    /// The root element of the document in `lines`, or the first error in it.
    static func read(lines: [[Unicode.Scalar]], file: String, kind: String = "XLIFF") throws(XMLSyntaxError) -> XMLElement {
        var reader = StrictXMLReader(scanner: XMLScanner(lines: lines, file: file), kind: kind)
        return try reader.document()
    }

    private mutating func document() throws(XMLSyntaxError) -> XMLElement {
        if let position = scanner.scalars.firstIndex(where: { !XMLCharacters.isAllowed($0) }) {
            let code = String(scanner.scalars[position].value, radix: 16, uppercase: true)
            throw scanner.error("the character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) is not allowed in XML; remove it", at: position)
        }
        if scanner.looks(at: "<?xml"), scanner.scalars.count > 5, XMLCharacters.isSpace(scanner.scalars[5]) {
            try declaration()
        }
        try miscellany()
        guard scanner.current == "<" else {
            throw scanner.error(scanner.current == nil ? "the document has no root element" : "text is not allowed before the root element")
        }
        let root = try element()
        try miscellany()
        guard scanner.current == nil else { throw scanner.error("nothing may follow the root element but comments") }
        return root
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`: version 1.0, and UTF-8 if an encoding is named.
    private mutating func declaration() throws(XMLSyntaxError) {
        scanner.index += 5
        while true {
            scanner.skipSpace()
            if scanner.skip("?>") { return }
            let start = scanner.index
            let (name, value) = try pseudoAttribute()
            switch (name, value.lowercased()) {
            case ("version", "1.0"), ("encoding", "utf-8"), ("standalone", "yes"), ("standalone", "no"):
                continue
            case ("encoding", _):
                throw scanner.error("the document declares the encoding '\(value)'; save it as UTF-8 and declare encoding=\"UTF-8\"", at: start)
            default:
                throw scanner.error("\(name)=\"\(value)\" is not supported in the XML declaration; use version=\"1.0\" encoding=\"UTF-8\"", at: start)
            }
        }
    }

    private mutating func pseudoAttribute() throws(XMLSyntaxError) -> (String, String) {
        let name = try scanner.name()
        scanner.skipSpace()
        try scanner.expect("=", "'=' must follow the name \(name)")
        scanner.skipSpace()
        return (name, try attributeValue())
    }

    /// Blanks, comments and processing instructions, around the root element. A DOCTYPE is
    /// refused here, before anything in it is read.
    private mutating func miscellany() throws(XMLSyntaxError) {
        while true {
            scanner.skipSpace()
            if scanner.looks(at: "<!--") {
                try comment()
            } else if scanner.looks(at: "<?") {
                try processingInstruction()
            } else if scanner.looks(at: "<!") {
                throw refusedDeclaration()
            } else {
                return
            }
        }
    }

    func refusedDeclaration() -> XMLSyntaxError {
        scanner.looks(at: "<!DOCTYPE")
            ? scanner.error("a DOCTYPE is refused: advocate reads \(kind) without DTDs, so that no entity can be declared, fetched or expanded; remove the <!DOCTYPE …> declaration")
            : scanner.error("markup declarations (<!…>) are refused in \(kind); remove this one")
    }

    mutating func comment() throws(XMLSyntaxError) {
        scanner.index += 4
        _ = try scanner.text(until: "-->", in: "comment")
    }

    mutating func processingInstruction() throws(XMLSyntaxError) {
        let start = scanner.index
        scanner.index += 2
        let target = try scanner.name()
        guard target.lowercased() != "xml" else {
            throw scanner.error("the XML declaration may only come first in the file", at: start)
        }
        _ = try scanner.text(until: "?>", in: "processing instruction")
    }
}
