import AdvocacyCore

extension POReader {
    /// The document the entries make: the header names the campaign and languages, every
    /// other entry is a unit keyed by its `msgctxt`, or by its only `#:` reference when a tool dropped it.
    mutating func document() -> ExchangeReading {
        var locations = ExchangeLocations(file: file)
        var header: (POHeader, SourceLocation)?
        var units: [ExchangeUnit] = []
        var firstEntry: [String: SourceLocation] = [:]
        for entry in entries {
            guard let sourceField = entry.source, let targetField = entry.target,
                  let source = text(of: sourceField), let target = text(of: targetField)
            else { continue }
            let keyField: POEntry.Field
            if let contextField = entry.context {
                keyField = contextField
            } else if !source.isEmpty, entry.references.count == 1, let reference = entry.references.first {
                // translate-toolkit's round trip through XLIFF drops msgctxt but keeps the `#:` line.
                keyField = POEntry.Field(bytes: Array(reference.utf8), at: sourceField.location)
            } else {
                if !source.isEmpty {
                    report("this entry has no msgctxt, so advocate cannot tell which text it translates; keep the msgctxt line (or the '#:' line) the file was sent with", at: sourceField.location)
                } else if header == nil {
                    header = (POHeader(targetField) { report($0, at: $1) }, targetField.location)
                } else {
                    report("the file has a second header entry (msgid \"\"); keep only the first", at: sourceField.location)
                }
                continue
            }
            guard let key = text(of: keyField) else { continue }
            if let first = firstEntry[key] {
                report("the key '\(key)' has a second entry; keep one entry per msgctxt", at: keyField.location,
                       notes: [Diagnostic.Note("the first entry for '\(key)' is here", at: first)])
                continue
            }
            firstEntry[key] = keyField.location
            locations.translations[key] = targetField.location
            locations.translationTexts[key] = Self.place(of: targetField)
            let previousSource = entry.previousSource.flatMap { text(of: $0) }
            units.append(unit(key: key, source: source, target: target, previousSource: previousSource, entry: entry))
        }
        guard let (header, headerLocation) = header else {
            report("the file has no header entry (msgid \"\" with Language and Project-Id-Version); export it again with advocate",
                   at: SourceLocation(file: file, line: 1, column: 1))
            return ExchangeReading(document: nil, diagnostics: diagnostics.sortedByLocation(), locations: locations)
        }
        let campaign = field("Project-Id-Version", of: header, at: headerLocation, &locations.campaign) { $0.isEmpty ? nil : $0 }
        let target = field("Language", of: header, at: headerLocation, &locations.targetLanguage) { LanguageCode(tag: $0) }
        let source = field("X-Source-Language", of: header, at: headerLocation, &locations.sourceLanguage) { LanguageCode(tag: $0) }
        checkCharset(of: header)
        guard let campaign, let target, let source else {
            return ExchangeReading(document: nil, diagnostics: diagnostics.sortedByLocation(), locations: locations)
        }
        let document = ExchangeDocument(campaign: campaign, sourceLanguage: source, targetLanguage: target, units: units)
        return ExchangeReading(document: document, diagnostics: diagnostics.sortedByLocation(), locations: locations)
    }

    /// Where each character of a string is: each quoted piece starts just after its quote.
    /// An escape inside a piece counts as one character, so a column after it is a little short.
    private static func place(of field: POEntry.Field) -> ExchangeTextPlace {
        var place = ExchangeTextPlace()
        for piece in field.pieces {
            var location = piece.location
            location.column += 1
            place.anchor(String(decoding: field.bytes[..<piece.start], as: UTF8.self).unicodeScalars.count, at: location)
        }
        return place
    }

    /// The unit an entry stands for: fuzzy means it needs review, stale when it has a previous
    /// source; an empty `msgstr` means no translation.
    private func unit(key: String, source: String, target: String, previousSource: String?, entry: POEntry) -> ExchangeUnit {
        let target = target.isEmpty ? nil : target
        let state: ExchangeState =
            switch (entry.isFuzzy, previousSource, target) {
            case (true, let previousSource?, _): .needsReview(.stale(previousSource: previousSource))
            case (true, nil, _?): .needsReview(.draft)
            case (_, _, nil): .new
            case (false, _, _?): .translated
            }
        let note = entry.notes.isEmpty ? nil : entry.notes.joined(separator: "\n")
        return ExchangeUnit(key: key, source: source, target: target, state: state, note: note)
    }

    /// A header field read by `parse`, its place recorded; a missing or unreadable one reported.
    private mutating func field<Value>(
        _ name: String, of header: POHeader, at headerLocation: SourceLocation,
        _ location: inout SourceLocation, parse: (String) -> Value?
    ) -> Value? {
        guard let (text, fieldLocation) = header[name] else {
            report("the header has no \(name) field; add a line \"\(name): …\\n\" to its msgstr", at: headerLocation)
            return nil
        }
        location = fieldLocation
        guard let value = parse(text) else {
            report("the header's \(name) '\(text)' is not valid here; \(name == "Project-Id-Version" ? "it names the campaign" : "it must be a language code such as fr or nl")", at: fieldLocation)
            return nil
        }
        return value
    }

    /// The file is read as UTF-8 whatever it says; a header that says otherwise is wrong.
    private mutating func checkCharset(of header: POHeader) {
        guard let (contentType, location) = header["Content-Type"],
              let parameter = contentType.split(separator: ";").first(where: { $0.trimmingBlanks().lowercased().hasPrefix("charset=") })
        else { return }
        let charset = parameter.trimmingBlanks().dropFirst("charset=".count)
        guard charset.lowercased() != "utf-8" else { return }
        report("the header declares the charset '\(charset)'; save the file as UTF-8 and declare charset=UTF-8", at: location)
    }

    /// A field's text, or `nil` with a problem reported when its escapes make invalid UTF-8.
    private mutating func text(of field: POEntry.Field) -> String? {
        if let text = String(validating: field.bytes, as: UTF8.self) { return text }
        report("this string's escapes do not make valid UTF-8; write the characters themselves", at: field.location)
        return nil
    }
}
