import AdvocacyCore

extension XLIFFReader {
    /// The units of the `<file>`, in order; a repeated id is reported at its second use.
    mutating func units(in file: XMLElement) -> [ExchangeUnit] {
        var units: [ExchangeUnit] = []
        var firstUse: [String: SourceLocation] = [:]
        for element in children(of: file, allowed: ["unit", "notes"]) where element.name == "unit" {
            guard let key = requiredAttribute("id", of: element) else { continue }
            let idLocation = element.attribute("id")?.location ?? element.location
            if let first = firstUse[key] {
                report("the unit id '\(key)' is used twice; keep one unit per key", at: idLocation,
                       notes: [Diagnostic.Note("the first unit '\(key)' is here", at: first)])
                continue
            }
            firstUse[key] = idLocation
            if let unit = unit(element, key: key) { units.append(unit) }
        }
        return units
    }

    private mutating func unit(_ element: XMLElement, key: String) -> ExchangeUnit? {
        var notes: [String] = []
        var previousSource: String?
        let children = children(of: element, allowed: ["notes", "segment"])
        for note in children.filter({ $0.name == "notes" }).flatMap({ self.children(of: $0, allowed: ["note"]) }) {
            guard let text = plainText(of: note) else { continue }
            if note.attribute("category")?.value == XLIFFWriter.previousSourceCategory {
                previousSource = text
            } else {
                notes.append(text)
            }
        }
        let segments = children.filter { $0.name == "segment" }
        guard let segment = segments.first, segments.count == 1 else {
            report("the unit '\(key)' has \(segments.count) segments; advocate writes exactly one per unit, keep it so", at: element.location)
            return nil
        }
        guard let (state, source, target) = self.segment(segment, key: key) else { return nil }
        locations.translations[key] = target?.location ?? segment.location
        if let place = target?.place { locations.translationTexts[key] = place }
        let translation = target.flatMap { $0.text.isEmpty ? nil : $0.text }
        let unitState: ExchangeState
        switch (state, previousSource, translation) {
        case ("initial", let previousSource?, _): unitState = .needsReview(.stale(previousSource: previousSource))
        case ("initial", nil, _?): unitState = .needsReview(.draft)
        case ("initial", nil, nil): unitState = .new
        case (_, _, nil):
            report("the unit '\(key)' is \(state) but has no target; translate it or set state=\"initial\"", at: segment.location)
            return nil
        case ("translated", _, _): unitState = .translated
        default: unitState = .reviewed
        }
        let note = notes.isEmpty ? nil : notes.joined(separator: "\n")
        return ExchangeUnit(key: key, source: source, target: translation, state: unitState, note: note)
    }

    /// The segment's state (`initial` when absent), source text, and target text and place.
    private mutating func segment(_ segment: XMLElement, key: String) -> (String, String, (text: String, location: SourceLocation, place: ExchangeTextPlace?)?)? {
        let state = segment.attribute("state")?.value ?? "initial"
        guard ["initial", "translated", "reviewed", "final"].contains(state) else {
            report("the state '\(state)' of unit '\(key)' is not an XLIFF 2.0 state; use initial, translated, reviewed or final",
                   at: segment.attribute("state")?.location ?? segment.location)
            return nil
        }
        let parts = children(of: segment, allowed: ["source", "target"])
        let sources = parts.filter { $0.name == "source" }, targets = parts.filter { $0.name == "target" }
        guard sources.count == 1, targets.count <= 1 else {
            report("the segment of unit '\(key)' must hold one <source> and at most one <target>", at: segment.location)
            return nil
        }
        guard let (source, target) = sourceAndTarget(sources[0], targets.first) else { return nil }
        return (state, source, target)
    }
}

extension XLIFFReader {
    /// The texts of a source and its target, the target's characters placed; `nil` when either
    /// is wrong. The source's inline codes are read first, for the target's to refer to.
    mutating func sourceAndTarget(_ source: XMLElement, _ target: XMLElement?) -> (String, (text: String, location: SourceLocation, place: ExchangeTextPlace?)?)? {
        sourceCodes = [:]
        isReadingSource = true
        let sourceText = content(of: source)
        isReadingSource = false
        guard let target else { return sourceText.map { ($0, nil) } }
        targetPlace = ExchangeTextPlace()
        let targetText = content(of: target)
        let place = targetPlace
        targetPlace = nil
        guard let sourceText, let targetText else { return nil }
        return (sourceText, (targetText, target.location, place))
    }
}
