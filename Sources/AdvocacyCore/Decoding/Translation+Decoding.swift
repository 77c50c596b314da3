extension NodeDecoder {
    /// `glossary:`: a list of `term:` with optional fixed translations by language.
    mutating func glossary(_ node: YAMLNode) -> [GlossaryTerm] {
        guard let items = list(node, what: "'glossary'", example: "'- term: SmartLabs'") else { return [] }
        return items.compactMap { item in
            guard let fields = fields(of: item, owner: "a glossary term", section: "glossary term"),
                  let term = value("term", in: fields).flatMap({ text($0, what: "the glossary term") })
            else { return nil }
            var translations: [LanguageCode: Located<String>] = [:]
            for entry in fields.entries where entry.key != "term" {
                if let language = LanguageCode(entry.key), let value = text(entry.value, what: "the \(language.displayName) of '\(term.value)'") {
                    translations[language] = value
                }
            }
            return GlossaryTerm(term: term, translations: translations)
        }
    }

    /// `fallbacks:`: for each language, the languages to take a missing text from.
    mutating func fallbacks(_ node: YAMLNode) -> [LanguageCode: [LanguageCode]] {
        guard let fields = fields(of: node, owner: "'fallbacks'", allowed: declaredLanguages.map(\.code)) else { return [:] }
        var chains: [LanguageCode: [LanguageCode]] = [:]
        for entry in fields.entries {
            guard let language = LanguageCode(entry.key),
                  let items = list(entry.value, what: "the fallbacks of \(language.displayName)", example: "[fr]")
            else { continue }
            chains[language] = items.compactMap { item in
                guard let fallback = self.language(item, what: "a fallback language") else { return nil }
                guard declaredLanguages.contains(fallback.value) else {
                    error("\(fallback.value.displayName) is not one of the campaign's languages, so it cannot stand in for \(language.displayName)", at: item.location)
                    return nil
                }
                return fallback.value
            }
        }
        return chains
    }

    /// `translation-policy:`: for each language, what may be sent untranslated, as
    /// `nl: { allow: [machine] }`.
    mutating func translationPolicy(_ node: YAMLNode) -> TranslationPolicy {
        var allowances: [LanguageCode: Set<TranslationPolicy.Allowance>] = [:]
        guard let fields = fields(of: node, owner: "'translation-policy'", allowed: declaredLanguages.map(\.code)) else {
            return TranslationPolicy(allowances: [:])
        }
        for entry in fields.entries {
            guard let language = LanguageCode(entry.key),
                  let policy = self.fields(of: entry.value, owner: "the policy of \(language.displayName)", section: "language policy"),
                  let allowNode = value("allow", in: policy),
                  let items = list(allowNode, what: "'allow'", example: "[machine, stale]")
            else { continue }
            allowances[language] = Set(items.compactMap { choice($0, what: "what the policy allows", as: TranslationPolicy.Allowance.self)?.value })
        }
        return TranslationPolicy(allowances: allowances)
    }
}
