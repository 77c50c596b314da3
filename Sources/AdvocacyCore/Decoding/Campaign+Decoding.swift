extension Campaign {
    /// Decodes a campaign from its document's root node. Returns the campaign as far as it
    /// could be read, and every problem found; a campaign with errors is for reporting only.
    /// `file` is the campaign's own file: texts an extended layer wrote in a language this
    /// campaign does not speak are left out rather than reported. `format` declares the keys,
    /// the registered stages' included.
    static func decode(_ root: YAMLNode, file: String, format: FormatDeclaration) -> (Campaign?, [Diagnostic]) {
        var decoder = NodeDecoder(format: format)
        decoder.ownFile = file
        guard let fields = decoder.fields(of: root, owner: "campaign", section: "campaign") else {
            return (nil, decoder.diagnostics)
        }
        // Languages first: they say what a plain string means in every other text.
        let languages = decoder.languages(in: fields)
        decoder.declaredLanguages = languages.map(\.value)
        decoder.sourceLanguage = languages.first?.value

        var campaign = Campaign(
            file: file,
            id: decoder.value("id", in: fields).flatMap { decoder.identifier($0, what: "the campaign id") }
                ?? Located("", at: root.location),
            title: decoder.requiredText("title", in: fields, what: "the campaign's title"),
            languages: languages,
            partner: decoder.value("partner", in: fields).flatMap { decoder.identifier($0, what: "the partner") },
            status: decoder.value("status", in: fields).flatMap { decoder.choice($0, what: "the status", as: CampaignStatus.self) }
                ?? Located(.draft, at: root.location),
            summary: decoder.requiredText("summary", in: fields, what: "the campaign's summary"),
            context: decoder.value("context", in: fields).flatMap { decoder.localizedText($0, what: "the campaign's context", kind: .multiline) },
            demands: decoder.items("demands", in: fields, example: "'- id: fair-price'") { decoder, node, index in
                decoder.demand(node, index: index)
            },
            sources: decoder.items("sources", in: fields, example: "'- id: ilo-2022'") { decoder, node, index in
                decoder.source(node, index: index)
            },
            audiences: decoder.items("audiences", in: fields, example: "'- id: federal-mps'") { decoder, node, index in
                decoder.audience(node, index: index)
            },
            mailings: decoder.items("mailings", in: fields, example: "'- id: launch'") { decoder, node, index in
                decoder.mailing(node, index: index)
            },
            pipeline: decoder.value("pipeline", in: fields).flatMap { node in
                decoder.pipeline(node, declaredAt: fields.location(ofKey: "pipeline") ?? node.location)
            },
            template: decoder.value("template", in: fields).flatMap { decoder.template($0) },
            vars: decoder.value("vars", in: fields).map { decoder.vars($0) } ?? [:],
            glossary: decoder.value("glossary", in: fields).map { decoder.glossary($0) } ?? [],
            fallbacks: decoder.value("fallbacks", in: fields).map { decoder.fallbacks($0) } ?? [:],
            translationPolicy: decoder.value("translation-policy", in: fields).map { decoder.translationPolicy($0) }
                ?? TranslationPolicy(allowances: [:]),
            document: root
        )
        campaign.stageData = decoder.stageData(of: "campaign", in: fields)
        return (campaign, decoder.diagnostics)
    }
}

extension NodeDecoder {
    mutating func languages(in fields: Fields) -> [Located<LanguageCode>] {
        guard let node = value("languages", in: fields),
              let items = list(node, what: "'languages'", example: "[fr, nl, en]")
        else { return [] }
        if items.isEmpty {
            error("'languages' is empty; list at least the source language, such as [fr]", at: node.location)
        }
        var seen: [LanguageCode: SourceLocation] = [:]
        var languages: [Located<LanguageCode>] = []
        for item in items {
            guard let language = language(item, what: "the language") else { continue }
            if let first = seen[language.value] {
                error(
                    "\(language.value.displayName) is listed twice in 'languages'; keep one",
                    at: item.location, notes: [.init("first listed here", at: first)])
                continue
            }
            seen[language.value] = item.location
            languages.append(language)
        }
        return languages
    }

    /// The `vars:` mapping: names to text.
    mutating func vars(_ node: YAMLNode) -> [String: Located<String>] {
        guard let fields = fields(of: node, owner: "vars", allowed: node.mapping?.map(\.key) ?? ["name"]) else { return [:] }
        var values: [String: Located<String>] = [:]
        for entry in fields.entries {
            // Empty, or `""` as `advocate new` writes it: still to fill in (TemplateVariables).
            if let scalar = entry.value.scalar, scalar.isNull || scalar.text.allSatisfy(\.isWhitespace) {
                values[entry.key] = Located("", at: entry.value.location)
            } else if let value = text(entry.value, what: "vars.\(entry.key)") {
                values[entry.key] = value
            }
        }
        return values
    }

    /// A localised text its section requires, of the kind it declares; an empty one stands in
    /// when it is missing, so decoding goes on.
    mutating func requiredText(_ key: String, in fields: Fields, what: @autoclosure () -> String) -> LocalizedText {
        let kind: TextKind = if case .localizedText(let declared) = fields.section?.field(key)?.type { declared } else { .multiline }
        return value(key, in: fields).flatMap { localizedText($0, what: what(), kind: kind) }
            ?? LocalizedText([:], kind: kind, at: fields[key]?.location ?? fields.node.location)
    }

    /// The items of a list of things with ids, each decoded by `decode`; a required list may
    /// not be empty.
    public mutating func items<Item>(
        _ key: String, in fields: Fields, example: String,
        _ decode: (inout NodeDecoder, YAMLNode, Int) -> Item?
    ) -> [Item] {
        guard let node = value(key, in: fields), let items = list(node, what: "'\(key)'", example: example) else { return [] }
        if fields.section?.field(key)?.isRequired == true, items.isEmpty {
            error("'\(key)' is empty; a campaign needs at least one", at: node.location)
        }
        return items.enumerated().compactMap { index, item in decode(&self, item, index + 1) }
    }

    /// How to name the item at `index` in messages before its id is known: "demand 3".
    public mutating func itemIdentifier(in fields: Fields, kind: String) -> Located<String> {
        value("id", in: fields).flatMap { identifier($0, what: "the \(kind) id") }
            ?? Located("", at: fields.node.location)
    }
}
