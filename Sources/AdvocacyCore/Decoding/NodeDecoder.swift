/// Reads typed values out of YAML nodes, recording a diagnostic for each value that does not
/// fit and carrying on, so that one run finds every problem.
///
/// Each reader returns `nil` when the value is unusable; the problem is already recorded.
/// Stages decode the campaign keys they own with it (``FormatExtension/readers``), so that
/// their problems read like the core's.
public struct NodeDecoder {
    /// Every problem recorded so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The campaign's source language, once known: a plain string is text in this language.
    public var sourceLanguage: LanguageCode?
    /// The campaign's declared languages, once known.
    public var declaredLanguages: [LanguageCode] = []
    /// The file being decoded for, when values may come from layers it extends.
    public var ownFile: String?
    /// The format mappings are read through: their keys, which are required, and the keys
    /// stages add.
    public var format: FormatDeclaration

    /// A decoder reading through `format`.
    public init(format: FormatDeclaration = .core) {
        self.format = format
    }

    /// Records an error at `location`.
    public mutating func error(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    /// The keys of a mapping declared by the format's section `name`, after reporting any key
    /// it does not declare and any required key it lacks, unless a misspelling of it was
    /// reported, so that one mistake makes one diagnostic; `nil` if `node` is not a mapping.
    /// `owner` names the thing in messages: "campaign", "demand 'fair-price'".
    public mutating func fields(of node: YAMLNode, owner: String, section name: String) -> Fields? {
        let section = format[name] ?? FormatSection(name, help: "", fields: [])
        var allowed = section.keys
        if case .languages = section.otherKeys { allowed += declaredLanguages.map(\.code) }
        guard let fields = fields(of: node, owner: owner, allowed: allowed, section: section) else { return nil }
        for key in section.requiredKeys where fields[key] == nil && !fields.misspelt.contains(key) {
            error("\(owner) has no '\(key)'; add it", at: node.location)
        }
        return fields
    }

    /// The keys of a mapping whose keys are not declared ahead, such as `vars` or the languages
    /// of `fallbacks`, after reporting any key not in `allowed`; `nil` if `node` is not a mapping.
    public mutating func fields(of node: YAMLNode, owner: String, allowed: [String]) -> Fields? {
        fields(of: node, owner: owner, allowed: allowed, section: nil)
    }

    private mutating func fields(of node: YAMLNode, owner: String, allowed: [String], section: FormatSection?) -> Fields? {
        guard let entries = node.mapping else {
            error("\(owner) should be a set of keys such as '\(allowed.first ?? "name"): …', but it is \(node.shapeName)", at: node.location)
            return nil
        }
        var misspelt: Set<String> = []
        for entry in entries where !allowed.contains(entry.key) {
            let suggestion = Suggestion.closest(to: entry.key, among: allowed)
            if let suggestion, !entries.contains(where: { $0.key == suggestion }) { misspelt.insert(suggestion) }
            error(
                "unknown key '\(entry.key)' in \(owner)\(suggestion.map { "; did you mean '\($0)'?" } ?? "")",
                at: entry.keyLocation)
        }
        return Fields(node: node, owner: owner, entries: entries, misspelt: misspelt, section: section)
    }

    /// The value of `key` as its section declares it, `nil` when absent or written empty. A
    /// required key written empty is reported (a missing one was, with the mapping's keys); a
    /// key the section does not declare (one a stage that is not registered would add) is
    /// never read.
    public mutating func value(_ key: String, in fields: Fields) -> YAMLNode? {
        guard let field = fields.section?.field(key), let node = fields[key] else { return nil }
        if node.scalar?.isNull == true {
            if field.isRequired { error("'\(key)' in \(fields.owner) is empty; write a value after the colon", at: node.location) }
            return nil
        }
        return node
    }

    /// Whether the section declares `key` and the mapping holds it.
    public func has(_ key: String, in fields: Fields) -> Bool {
        fields.section?.field(key) != nil && fields[key] != nil
    }

    /// Text, exactly as written, when it holds only what its `kind` allows (one line unless
    /// said otherwise); empty quotes (`""`) are an error like an empty value, and so is one
    /// longer than ``TextLimits/text``.
    public mutating func text(_ node: YAMLNode, what: @autoclosure () -> String, kind: TextKind = .line) -> Located<String>? {
        guard let scalar = node.scalar, !scalar.isNull else {
            error("\(what()) should be text, but it is \(node.shapeName)", at: node.location)
            return nil
        }
        if Self.isEmptyText(scalar) {
            // Quotes with nothing between them are as empty as no value: a title "2. " in print.
            let fix = scalar.style == .literal || scalar.style == .folded ? "write the text" : "write the text between the quotes"
            error("\(what()) is empty; \(fix), or remove the line", at: node.location)
            return nil
        }
        if let violation = kind.violation(in: scalar.text) {
            // Control characters but LF and tab come only from double-quoted escapes, which the
            // YAML loader has reported already, at the escape.
            if TextKind.multiline.violation(in: scalar.text) == nil { error(violation.message(for: what()), at: node.location) }
            return nil
        }
        if let excess = TextLimits.excess(of: scalar.text, kind: .multiline) {
            // Kept, so that later checks do not also call it missing; the error stops any use.
            // One-line lengths are checked with the campaign's texts, in every language.
            error("\(what()) is \(excess)", at: node.location)
        }
        return Located(scalar.text, at: node.location)
    }

    /// Whether `scalar` is written but holds no text: `""`, `'  '`, an empty block.
    private static func isEmptyText(_ scalar: YAMLScalar) -> Bool {
        !scalar.isNull && scalar.text.allSatisfy(\.isWhitespace)
    }

    /// The text of a localised value in one language, or `nil`. An empty text, once reported,
    /// is kept, so that the texts' checks do not also call it missing; the error stops any use.
    private mutating func translation(_ node: YAMLNode, what: @autoclosure () -> String, kind: TextKind) -> Located<String>? {
        let text = text(node, what: what(), kind: kind)
        if text == nil, let scalar = node.scalar, Self.isEmptyText(scalar) { return Located(scalar.text, at: node.location) }
        return text
    }

    /// A web address readers can follow (see ``WebAddress``).
    public mutating func webAddress(_ node: YAMLNode, what: @autoclosure () -> String) -> Located<String>? {
        guard let text = text(node, what: what()) else { return nil }
        if let problem = WebAddress.problem(with: text.value) {
            error("\(what()) '\(text.value)' \(problem)", at: node.location)
            return nil
        }
        return text
    }

    /// An id: lowercase letters, digits and single hyphens, such as `fair-price`.
    public mutating func identifier(_ node: YAMLNode, what: @autoclosure () -> String) -> Located<String>? {
        guard let text = text(node, what: what()) else { return nil }
        guard Self.isIdentifier(text.value) else {
            error(
                "\(what()) '\(text.value)' is not a valid id; use lowercase letters, digits and hyphens, such as 'fair-price'",
                at: node.location)
            return nil
        }
        return text
    }

    /// Whether `text` is an id: lowercase letters, digits and single hyphens, at most 64 bytes.
    public static func isIdentifier(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-"),
              bytes.count <= 64
        else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
            && !text.contains("--")
    }

    /// A list; `nil` (and a diagnostic) for anything else.
    public mutating func list(_ node: YAMLNode, what: @autoclosure () -> String, example: String) -> [YAMLNode]? {
        guard let items = node.sequence else {
            error("\(what()) should be a list, such as \(example), but it is \(node.shapeName)", at: node.location)
            return nil
        }
        return items
    }

    /// One of a fixed set of words.
    public mutating func choice<Value: RawRepresentable & CaseIterable>(_ node: YAMLNode, what: @autoclosure () -> String, as _: Value.Type) -> Located<Value>?
    where Value.RawValue == String {
        guard let text = text(node, what: what()) else { return nil }
        guard let value = Value(rawValue: text.value) else {
            let words = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            error(
                "\(what()) '\(text.value)' is not one of \(words)\(Suggestion.clause(for: text.value, among: Value.allCases.map(\.rawValue)))",
                at: node.location)
            return nil
        }
        return Located(value, at: text.location)
    }

    /// A four-digit year.
    public mutating func year(_ node: YAMLNode, what: @autoclosure () -> String) -> Located<Int>? {
        guard let text = text(node, what: what()) else { return nil }
        guard text.value.utf8.count == 4, text.value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let year = Int(text.value) else {
            error("\(what()) '\(text.value)' should be a year of four digits, such as 2022", at: node.location)
            return nil
        }
        return Located(year, at: text.location)
    }

    /// A language code of ISO 639-1.
    public mutating func language(_ node: YAMLNode, what: @autoclosure () -> String) -> Located<LanguageCode>? {
        guard let text = text(node, what: what()) else { return nil }
        if let code = LanguageCode(text.value) { return Located(code, at: text.location) }
        if let lowered = LanguageCode(text.value.lowercased()) {
            error("\(what()) '\(text.value)' should be written in lowercase: '\(lowered)'", at: node.location)
        } else {
            error(
                "\(what()) '\(text.value)' is not an ISO 639-1 language code; use two letters such as 'fr', 'nl' or 'en'",
                at: node.location)
        }
        return nil
    }

    /// A localised text of `kind`: a map of language code to text, or a plain string in the
    /// source language.
    public mutating func localizedText(_ node: YAMLNode, what: @autoclosure () -> String, kind: TextKind) -> LocalizedText? {
        if node.scalar.map({ !$0.isNull }) == true {
            let language = sourceLanguage ?? LanguageCode(unchecked: "und")
            let text = translation(node, what: what(), kind: kind)
            return LocalizedText(text.map { [language: $0] } ?? [:], kind: kind, at: node.location)
        }
        guard let entries = node.mapping, !entries.isEmpty else {
            error(
                "\(what()) should be text, or texts by language such as 'fr: …', but it is \(node.shapeName)",
                at: node.location)
            return nil
        }
        var translations: [LanguageCode: Located<String>] = [:]
        for entry in entries {
            let keyNode = YAMLNode(.scalar(YAMLScalar(text: entry.key, style: .plain)), at: entry.keyLocation)
            guard let language = self.language(keyNode, what: "the language of \(what())") else { continue }
            if !declaredLanguages.isEmpty, !declaredLanguages.contains(language.value) {
                // A template's text in a language this overlay does not speak is simply unused.
                if let ownFile, entry.keyLocation.file != ownFile { continue }
                let declared = declaredLanguages.map(\.code).joined(separator: ", ")
                error(
                    "\(what()) has a text in \(language.value.displayName), which is not one of its 'languages' (\(declared)); add it to 'languages' or remove this text",
                    at: entry.keyLocation)
                continue
            }
            if let text = translation(entry.value, what: "the \(language.value.displayName) text of \(what())", kind: kind) {
                translations[language.value] = text
            }
        }
        return LocalizedText(translations, kind: kind, at: node.location)
    }
}

/// The entries of one YAML mapping being decoded, and what to call it in messages.
public struct Fields: Sendable {
    /// The mapping.
    public let node: YAMLNode
    /// What messages call it: "campaign", "audience 'federal-mps'".
    public let owner: String
    /// Its entries, in the order written.
    public let entries: [YAMLMappingEntry]
    /// Keys that are missing but that an unknown key is probably a misspelling of.
    let misspelt: Set<String>
    /// The declaration of the mapping's keys, when they are declared ahead.
    public let section: FormatSection?

    /// The value written for `key`, as is; read it with ``NodeDecoder/value(_:in:)``, which
    /// reads only declared keys and reports an empty required one.
    public subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    /// Where `key` itself is written.
    public func location(ofKey key: String) -> SourceLocation? {
        entries.first { $0.key == key }?.keyLocation
    }
}
