import AdvocacyCore

extension ContactBook {
    /// The list of `audience`: every contact its filter matches, unless they lack consent for
    /// its purpose, are suppressed, or none of the campaign's languages serves them — each of
    /// those left out with the reason. Checks run in that order, and the first that fails is
    /// the reason given.
    public func list(_ audience: AudienceSpec, suppressions: SuppressionList = SuppressionList(), routing: LanguageRouting) -> AudienceList {
        let matches = CompiledFilter.compile(audience.filter, for: table)
        let purpose = audience.purpose.map { Array($0.lowercased().utf8) }
        var list = AudienceList(spec: audience, languages: routing.languages, book: self)
        var routes = RouteCache(routing: routing, sourceLanguages: sourceLanguages)
        for position in 0..<count where matches(position) {
            let contact = Int32(position)
            if let purpose, CompiledFilter.consentDay(purpose, in: table.bytes(table.cell(position, .consents))) == nil {
                list.left.append(.init(contact: contact, reason: .noConsent(purpose: audience.purpose!)))
            } else if let entry = suppressions.entry(forKey: table.bytes(table.cell(position, .key))) {
                list.left.append(.init(contact: contact, reason: .suppressed(entry.reason, since: entry.since)))
            } else if let (language, route) = routes.route(table.bytes(table.cell(position, .language)), source: Int(table.rows[position].source)) {
                list.members.append(.init(contact: contact, language: UInt8(language), route: route))
            } else {
                list.left.append(.init(contact: contact, reason: .noLanguage(table.text(table.cell(position, .language)))))
            }
        }
        return list
    }
}

/// Routes by language value and source, each pair worked out once: a book has a handful of
/// distinct language values and a million contacts. Values of up to seven bytes (every code and
/// most names) are cached, packed in a number; longer ones are routed each time.
struct RouteCache {
    private struct Key: Hashable {
        var source: Int
        var packed: UInt64
    }

    let routing: LanguageRouting
    let sourceLanguages: [LanguageCode?]
    private var known: [Key: (Int, LanguageRouting.Route)?] = [:]

    init(routing: LanguageRouting, sourceLanguages: [LanguageCode?]) {
        self.routing = routing
        self.sourceLanguages = sourceLanguages
    }

    /// The language's position in the routing and how it was chosen, for a contact whose stored
    /// language is `language`, from source number `source`.
    mutating func route(_ language: UnsafeBufferPointer<UInt8>, source: Int) -> (Int, LanguageRouting.Route)? {
        guard language.count <= 7 else { return route(uncached: language, source: source) }
        let key = Key(source: source, packed: language.reduce(UInt64(language.count) << 56) { $0 << 8 | UInt64($1) })
        if let cached = known[key] { return cached }
        let route = route(uncached: language, source: source)
        known[key] = .some(route)
        return route
    }

    private func route(uncached language: UnsafeBufferPointer<UInt8>, source: Int) -> (Int, LanguageRouting.Route)? {
        routing.route(own: String(decoding: language, as: UTF8.self), sourceLanguage: sourceLanguages[source])
    }
}
