import AdvocacyCore

/// Reads an XLIFF 2.0 file, or an XLIFF 1.2 one (what po2xliff, Okapi and many CAT tools
/// write), strictly into an ``ExchangeDocument``.
///
/// The XML is read by ``StrictXMLReader``, which refuses any DTD. Then the XLIFF structure
/// advocate writes is checked, and every departure reported: one `<file>`, `<unit>`s with one
/// `<segment>` each (1.2: `<trans-unit>`s, see `XLIFFReader+Version1.swift`). Elements of other
/// namespaces (XLIFF modules and extensions that tools add) are skipped, as XLIFF allows. In
/// source and target, placeholders come back from their inline codes (`<ph>`, 1.2's `<x>`),
/// `<cp>` is the character it stands for and the annotations keep their text; other inline
/// codes are refused, since advocate writes none and could not say what they mean.
struct XLIFFReader {
    /// The XLIFF 1.x namespaces read: po2xliff writes 1.1, most tools 1.2.
    static let version1Namespaces: Set<String> = ["urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:1.1"]

    private(set) var diagnostics: [Diagnostic] = []
    var locations: ExchangeLocations
    /// The namespace of the file's XLIFF elements.
    var namespace = XLIFFWriter.namespace
    /// Whether the file is XLIFF 2, not 1.x.
    var isVersion2: Bool { namespace == XLIFFWriter.namespace }
    /// The placeholders of the current segment's source by the id of their code.
    var sourceCodes: [String: String] = [:]
    /// Whether the source, not the target, is being read.
    var isReadingSource = false
    /// Where each character of the target being read is.
    var targetPlace: ExchangeTextPlace?

    /// Reads `bytes`; `file` names it in diagnostics.
    static func read(_ bytes: [UInt8], file: String) -> ExchangeReading {
        var reader = XLIFFReader(locations: ExchangeLocations(file: file))
        let document: ExchangeDocument?
        switch ExchangeText.lines(of: bytes, file: file) {
        case .unreadable(let problem):
            reader.diagnostics.append(problem)
            document = nil
        case .lines(let lines):
            do {
                document = reader.document(try StrictXMLReader.read(lines: lines, file: file))
            } catch {
                reader.diagnostics.append(.error(error.message, at: error.location))
                document = nil
            }
        }
        return ExchangeReading(document: document, diagnostics: reader.diagnostics.sortedByLocation(), locations: reader.locations)
    }

    /// Adds a problem, unless there are already too many.
    mutating func report(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        guard diagnostics.count < ExchangeReading.maximumProblems else { return }
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    private mutating func document(_ root: XMLElement) -> ExchangeDocument? {
        if let version1 = root.namespace, Self.version1Namespaces.contains(version1), root.name == "xliff" {
            namespace = version1
            return documentVersion1(root)
        }
        guard root.namespace == XLIFFWriter.namespace, root.name == "xliff" else {
            report("an XLIFF file starts with <xliff xmlns=\"\(XLIFFWriter.namespace)\" version=\"2.0\"> (or the XLIFF 1.2 namespace)", at: root.location)
            return nil
        }
        if let version = root.attribute("version"), !["2.0", "2.1"].contains(version.value) {
            report("XLIFF version \(version.value) is not supported; advocate reads XLIFF 2.0 and 2.1", at: version.location)
        }
        let source = language(root, "srcLang", at: \.sourceLanguage)
        let target = language(root, "trgLang", at: \.targetLanguage)
        let files = children(of: root, allowed: ["file"])
        guard let file = files.first else {
            report("the file has no <file> element; it should hold the campaign's units", at: root.location)
            return nil
        }
        for extra in files.dropFirst() {
            report("a second <file> element; advocate writes one <file> per campaign", at: extra.location)
        }
        let campaign = requiredAttribute("id", of: file)
        locations.campaign = file.attribute("id")?.location ?? file.location
        let units = self.units(in: file)
        guard let campaign, let source, let target else { return nil }
        return ExchangeDocument(campaign: campaign, sourceLanguage: source, targetLanguage: target, units: units)
    }

    mutating func language(_ root: XMLElement, _ name: String, at location: WritableKeyPath<ExchangeLocations, SourceLocation>) -> LanguageCode? {
        guard let attribute = root.attribute(name) else {
            report("<\(root.qualifiedName)> needs the attribute \(name), naming a language such as fr or nl", at: root.location)
            return nil
        }
        locations[keyPath: location] = attribute.location
        guard let language = LanguageCode(tag: attribute.value) else {
            report("\(name) '\(attribute.value)' is not a language advocate knows; use a code such as fr or nl", at: attribute.location)
            return nil
        }
        return language
    }

    /// An attribute's value, reported when missing.
    mutating func requiredAttribute(_ name: String, of element: XMLElement) -> String? {
        guard let attribute = element.attribute(name) else {
            report("<\(element.qualifiedName)> needs the attribute \(name)", at: element.location)
            return nil
        }
        return attribute.value
    }

    /// The XLIFF child elements of a structural element, those named in `allowed`; other XLIFF
    /// elements and text are reported, elements of other namespaces skipped.
    mutating func children(of element: XMLElement, allowed: Set<String>) -> [XMLElement] {
        var kept: [XMLElement] = []
        for child in element.children {
            switch child {
            case .text(let text, let location):
                if !text.unicodeScalars.allSatisfy(XMLCharacters.isSpace) {
                    report("text is not allowed directly in <\(element.qualifiedName)>", at: location)
                }
            case .element(let child) where child.namespace != namespace:
                continue
            case .element(let child) where allowed.contains(child.name):
                kept.append(child)
            case .element(let child):
                let expected = allowed.sorted().map { "<\($0)>" }.joined(separator: " or ")
                report("unexpected element <\(child.qualifiedName)> in <\(element.qualifiedName)>; advocate expects \(expected) here", at: child.location)
            }
        }
        return kept
    }
}
