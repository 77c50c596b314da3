import AdvocacyCore

extension XLIFFReader {
    /// An XLIFF 1.2 (or 1.1) file: one `<file source-language target-language original>`, its
    /// `<body>` of `<trans-unit>`s, in `<group>`s or not.
    ///
    /// A unit's key is its `resname`, else the `po-reference` context translate-toolkit keeps
    /// from the PO's `#:` line, else its `id`. The campaign is the file's `original`. A gettext
    /// header unit (`restype="x-gettext-domain-header"`, which po2xliff writes) is read like a
    /// PO header instead, and its `Project-Id-Version`, `X-Source-Language` and `Language` win:
    /// po2xliff's `source-language` is always en-US.
    mutating func documentVersion1(_ root: XMLElement) -> ExchangeDocument? {
        let files = children(of: root, allowed: ["file"])
        guard let file = files.first else {
            report("the file has no <file> element; it should hold the campaign's units", at: root.location)
            return nil
        }
        for extra in files.dropFirst() {
            report("a second <file> element; advocate reads one <file> per campaign", at: extra.location)
        }
        var units: [ExchangeUnit] = []
        var header: [String: (String, SourceLocation)] = [:]
        var firstUse: [String: SourceLocation] = [:]
        for body in children(of: file, allowed: ["header", "body"]) where body.name == "body" {
            for element in transUnits(in: body) {
                if element.attribute("restype")?.value == "x-gettext-domain-header" {
                    header = headerFields(of: element)
                    continue
                }
                guard let (key, keyLocation) = key(of: element) else { continue }
                if let first = firstUse[key] {
                    report("the key '\(key)' has a second unit; keep one unit per text", at: keyLocation,
                           notes: [Diagnostic.Note("the first unit '\(key)' is here", at: first)])
                    continue
                }
                firstUse[key] = keyLocation
                if let unit = transUnit(element, key: key) { units.append(unit) }
            }
        }
        let campaign = header["Project-Id-Version"] ?? file.attribute("original").map { ($0.value, $0.location) }
        guard let campaign else {
            report("<file> needs the attribute original, naming the campaign", at: file.location)
            return nil
        }
        locations.campaign = campaign.1
        let source = headerLanguage(header["X-Source-Language"], at: \.sourceLanguage) ?? language(file, "source-language", at: \.sourceLanguage)
        let target = headerLanguage(header["Language"], at: \.targetLanguage) ?? language(file, "target-language", at: \.targetLanguage)
        guard let source, let target else { return nil }
        return ExchangeDocument(campaign: campaign.0, sourceLanguage: source, targetLanguage: target, units: units)
    }

    /// The trans-units of a body or group, groups opened.
    private mutating func transUnits(in element: XMLElement) -> [XMLElement] {
        children(of: element, allowed: ["trans-unit", "group", "bin-unit"]).flatMap { child -> [XMLElement] in
            switch child.name {
            case "group": transUnits(in: child)
            case "trans-unit": [child]
            default: []
            }
        }
    }

    private mutating func key(of unit: XMLElement) -> (String, SourceLocation)? {
        if let resname = unit.attribute("resname") { return (resname.value, resname.location) }
        for group in unit.children.compactMap(\.xliffElement) where group.name == "context-group" && group.attribute("name")?.value == "po-reference" {
            for context in group.children.compactMap(\.xliffElement) where context.attribute("context-type")?.value == "sourcefile" {
                if let text = plainText(of: context), !text.isEmpty { return (text, context.location) }
            }
        }
        guard let id = requiredAttribute("id", of: unit) else { return nil }
        return (id, unit.attribute("id")?.location ?? unit.location)
    }

    private mutating func transUnit(_ element: XMLElement, key: String) -> ExchangeUnit? {
        let parts = children(of: element, allowed: ["source", "target", "note", "context-group", "alt-trans", "seg-source", "count-group", "prop-group", "bin-unit"])
        let sources = parts.filter { $0.name == "source" }, targets = parts.filter { $0.name == "target" }
        guard sources.count == 1, targets.count <= 1 else {
            report("the unit '\(key)' must hold one <source> and at most one <target>", at: element.location)
            return nil
        }
        guard let (source, target) = sourceAndTarget(sources[0], targets.first) else { return nil }
        locations.translations[key] = target?.location ?? element.location
        if let place = target?.place { locations.translationTexts[key] = place }
        let notes = parts.filter { $0.name == "note" }.compactMap { plainText(of: $0) }.filter { !$0.isEmpty }
        let translation = target.flatMap { $0.text.isEmpty ? nil : $0.text }
        guard let state = state(of: element, target: targets.first, hasTranslation: translation != nil, key: key) else { return nil }
        return ExchangeUnit(key: key, source: source, target: translation, state: state, note: notes.isEmpty ? nil : notes.joined(separator: "\n"))
    }

    /// The 1.2 states: `signed-off` and `final` are reviewed, `translated` translated, `new`,
    /// `needs-translation` and the `needs-review-…`/`needs-adaptation`/`needs-l10n` states need
    /// review. A target without `state` is reviewed when the unit says `approved="yes"`, needs
    /// review when it says `approved="no"`, else translated. The state wins over `approved`,
    /// which po2xliff sets on every translated unit.
    private mutating func state(of unit: XMLElement, target: XMLElement?, hasTranslation: Bool, key: String) -> ExchangeState? {
        guard hasTranslation else { return .new }
        let approved = unit.attribute("approved")?.value
        guard let state = target?.attribute("state") else {
            switch approved {
            case "yes": return .reviewed
            case "no": return .needsReview(.draft)
            default: return .translated
            }
        }
        switch state.value {
        case "signed-off", "final": return .reviewed
        case "translated": return .translated
        case "new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n":
            return .needsReview(.draft)
        default:
            report("the state '\(state.value)' of unit '\(key)' is not an XLIFF 1.2 state; use translated, signed-off, final or a needs-… state", at: state.location)
            return nil
        }
    }

    /// The fields of a gettext header unit's source, by name, each placed at the unit.
    private mutating func headerFields(of unit: XMLElement) -> [String: (String, SourceLocation)] {
        guard let source = unit.children.compactMap(\.xliffElement).first(where: { $0.name == "source" }), let text = plainText(of: source) else { return [:] }
        var fields: [String: (String, SourceLocation)] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = (String(line[line.index(after: colon)...]).trimmingBlanks(), source.location)
        }
        return fields
    }

    private mutating func headerLanguage(_ field: (String, SourceLocation)?, at location: WritableKeyPath<ExchangeLocations, SourceLocation>) -> LanguageCode? {
        guard let (text, place) = field, !text.isEmpty else { return nil }
        locations[keyPath: location] = place
        guard let language = LanguageCode(tag: text) else {
            report("the gettext header names the language '\(text)', which advocate does not know; use a code such as fr or nl", at: place)
            return nil
        }
        return language
    }
}

extension XMLNode {
    /// The element, if the node is one.
    fileprivate var xliffElement: XMLElement? {
        if case .element(let element) = self { element } else { nil }
    }
}
