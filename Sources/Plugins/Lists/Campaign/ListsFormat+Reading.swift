import AdvocacyCore

extension FormatExtension {
    /// Reads the campaign's `contacts:` and `suppression:`.
    static let readContactExports: Reader = { decoder, fields, data in
        let sources = decoder.items("contacts", in: fields, example: "'- id: members'") { decoder, node, index in
            decoder.contactSource(node, index: index)
        }
        let suppression = decoder.value("suppression", in: fields).flatMap { decoder.text($0, what: "the suppression list") }
        data[ContactExports.self] = ContactExports(sources: sources, suppression: suppression)
    }

    /// Reads the keys that select an audience's members.
    static let readAudienceSelection: Reader = { decoder, fields, data in
        data[AudienceSelection.self] = decoder.audienceSelection(in: fields, owner: fields.owner)
    }
}

extension NodeDecoder {
    /// The selection part of an audience: `contacts`, `where`, `consent` and `exclude`; `nil`
    /// when the audience has none of them.
    fileprivate mutating func audienceSelection(in fields: Fields, owner: String) -> AudienceSelection? {
        guard ["contacts", "where", "consent", "exclude"].contains(where: { has($0, in: fields) }) else { return nil }
        func ids(_ key: String) -> [Located<String>] {
            guard let node = value(key, in: fields), let items = list(node, what: "'\(key)' of \(owner)", example: "[members]") else { return [] }
            return items.compactMap { identifier($0, what: "an id in '\(key)' of \(owner)") }
        }
        return AudienceSelection(
            contacts: ids("contacts"),
            filter: value("where", in: fields).flatMap { audienceFilter($0, owner: owner, depth: 0) },
            consent: value("consent", in: fields).flatMap { identifier($0, what: "the consent purpose of \(owner)") },
            exclude: ids("exclude"))
    }

    /// A filter: a list (all of them), or a mapping with one test.
    fileprivate mutating func audienceFilter(_ node: YAMLNode, owner: String, depth: Int) -> AudienceFilter? {
        if let items = node.sequence {
            return .all(items.compactMap { audienceFilter($0, owner: owner, depth: depth + 1) })
        }
        let tests = ["field", "has-tag", "in-office-on", "not", "all", "any"]
        guard let fields = fields(of: node, owner: "a filter of \(owner)", section: "audience filter") else { return nil }
        if let field = value("field", in: fields).flatMap({ text($0, what: "the field of a filter") }) {
            if let value = value("equals", in: fields).flatMap({ text($0, what: "the value 'equals' compares with") }) {
                return .equals(field: field, value: value.value)
            }
            if let valuesNode = value("one-of", in: fields), let values = list(valuesNode, what: "'one-of'", example: "[fr, nl]") {
                return .oneOf(field: field, values: values.compactMap { text($0, what: "a value of 'one-of'")?.value })
            }
            if let exists = value("exists", in: fields) {
                guard exists.scalar?.text == "true" else {
                    error("'exists' takes true; to keep those without \(field.value), write { not: { field: \(field.value), exists: true } }", at: exists.location)
                    return nil
                }
                return .exists(field: field)
            }
            error("a filter on '\(field.value)' needs 'equals', 'one-of' or 'exists'", at: node.location)
            return nil
        }
        if let tag = value("has-tag", in: fields).flatMap({ text($0, what: "the tag") }) { return .hasTag(tag.value) }
        if let day = value("in-office-on", in: fields).flatMap({ text($0, what: "the day") }) {
            if !Self.isDay(day.value) { error("'in-office-on' takes a day written 2024-06-09, not '\(day.value)'", at: day.location) }
            return .inOffice(on: day)
        }
        if let inner = value("not", in: fields) { return audienceFilter(inner, owner: owner, depth: depth + 1).map { .not($0) } }
        for (key, make) in [("all", AudienceFilter.all), ("any", AudienceFilter.any)] {
            if let listNode = value(key, in: fields), let items = list(listNode, what: "'\(key)'", example: "[{ has-tag: federal }]") {
                return make(items.compactMap { audienceFilter($0, owner: owner, depth: depth + 1) })
            }
        }
        error("a filter needs one of: \(tests.joined(separator: ", "))", at: node.location)
        return nil
    }

    /// `contacts:` at the campaign's top level: the exports audiences draw on.
    fileprivate mutating func contactSource(_ node: YAMLNode, index: Int) -> ContactSourceSpec? {
        let owner = Self.owner("contact source", node: node, index: index)
        guard let fields = fields(of: node, owner: owner, section: "contact source") else { return nil }
        let encoding = value("encoding", in: fields).flatMap { text($0, what: "the encoding of \(owner)") }
        if let encoding, !["utf-8", "windows-1252"].contains(encoding.value.lowercased()) {
            error("the encoding of \(owner) should be utf-8 or windows-1252, not '\(encoding.value)'", at: encoding.location)
        }
        let delimiter = value("delimiter", in: fields).flatMap { text($0, what: "the delimiter of \(owner)") }
        if let delimiter, ![",", ";", "tab"].contains(delimiter.value) {
            error("the delimiter of \(owner) should be ',', ';' or tab, not '\(delimiter.value)'", at: delimiter.location)
        }
        var columns: [(header: String, field: String)] = []
        if let mapping = value("columns", in: fields) {
            if let entries = mapping.mapping {
                columns = entries.compactMap { entry in text(entry.value, what: "the field of column '\(entry.key)'").map { (entry.key, $0.value) } }
            } else {
                error("the columns of \(owner) should map headers to fields, such as { Courriel: email }", at: mapping.location)
            }
        }
        return ContactSourceSpec(
            id: itemIdentifier(in: fields, kind: "contact source"),
            file: value("file", in: fields).flatMap { text($0, what: "the file of \(owner)") } ?? Located("", at: node.location),
            encoding: encoding, delimiter: delimiter, columns: columns,
            language: value("language", in: fields).flatMap { language($0, what: "the language of \(owner)") })
    }

    fileprivate static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }
}
