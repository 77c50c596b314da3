/// Where a campaign's partner profile sets each value, for `advocate explain partner.…`:
/// `partner.address.it` is the Italian address, with the profile line that wrote it, or, when
/// the profile has none in Italian, the text the papers and mailings show instead and the
/// languages walked to find it ("it → en (fallback)").
public struct PartnerProvenance: Sendable {
    /// The profile.
    let profile: PartnerProfile
    /// The campaign it speaks for, whose languages and fallback chains apply.
    let campaign: Campaign

    /// The provenance of `profile`'s values, as `campaign` uses them.
    public init(_ profile: PartnerProfile, for campaign: Campaign) {
        self.profile = profile
        self.campaign = campaign
    }

    /// The prefix of every key.
    public static let prefix = "partner"

    /// The partner's human texts, by the key after `partner.`.
    private var texts: [(key: String, text: PartnerText)] {
        var texts = [("name", profile.name), ("address", profile.address), ("legal", profile.legal), ("sender.name", profile.sender.name)]
        if let contact = profile.contact { texts.append(("contact.name", contact.name)) }
        return texts
    }

    /// The partner's values that are the same in every language, by the key after `partner.`.
    private var plainValues: [(key: String, value: Located<String>)] {
        var values = [("id", profile.id), ("country", profile.country), ("sender.email", profile.sender.email)]
        if let contact = profile.contact { values.append(("contact.email", contact.email)) }
        if let website = profile.website { values.append(("website", website)) }
        if let logo = profile.logo { values.append(("logo", logo)) }
        return values
    }

    /// Every value, each text in each of the campaign's languages, in the profile's order.
    public var entries: [Provenance.Entry] {
        plainValues.map { Self.entry("\(Self.prefix).\($0.key)", $0.value.value, at: $0.value.location) }
            + texts.flatMap { key, text in campaign.languages.map { resolved(text, key: key, in: $0.value) } }
    }

    /// The value at `key` (`partner.address.it`); every language's of a text named without one
    /// (`partner.address`), every value of a section (`partner.contact`); or what the partner
    /// has instead when nothing is there.
    public func entries(at key: String) -> Result<[Provenance.Entry], KeyNotFound> {
        let path = key.dropFirst(Self.prefix.count + 1)
        if let plain = plainValues.first(where: { $0.key == path }) {
            return .success([Self.entry(key, plain.value.value, at: plain.value.location)])
        }
        if let text = texts.first(where: { $0.key == path }) {
            return .success(campaign.languages.map { resolved(text.text, key: text.key, in: $0.value) })
        }
        let section = plainValues.filter { $0.key.hasPrefix(path + ".") }.map { Self.entry("\(Self.prefix).\($0.key)", $0.value.value, at: $0.value.location) }
            + texts.filter { $0.key.hasPrefix(path + ".") }.flatMap { text in campaign.languages.map { resolved(text.text, key: text.key, in: $0.value) } }
        if !section.isEmpty { return .success(section) }
        if let dot = path.lastIndex(of: "."), let text = texts.first(where: { $0.key == path[..<dot] }) {
            let code = String(path[path.index(after: dot)...])
            if let language = campaign.languages.map(\.value).first(where: { $0.code == code }) {
                return .success([resolved(text.text, key: text.key, in: language)])
            }
            return .failure(KeyNotFound(key: key, knownPrefix: "\(Self.prefix).\(text.key)", candidates: campaign.languages.map(\.value.code)))
        }
        var known = Self.prefix
        if let first = path.split(separator: ".").first, ["sender", "contact"].contains(first) { known += ".\(first)" }
        let children = (texts.map(\.key) + plainValues.map(\.key)).compactMap { name -> String? in
            known == Self.prefix ? name.split(separator: ".").first.map(String.init)
                : name.hasPrefix(known.dropFirst(Self.prefix.count + 1) + ".") ? String(name.split(separator: ".").last!) : nil
        }
        var unique: [String] = []
        for child in children where !unique.contains(child) { unique.append(child) }
        return .failure(KeyNotFound(key: key, knownPrefix: known, candidates: unique))
    }

    /// A text in `language`: its own, the one every language shares, or the first of the
    /// chain the papers take it from, saying so.
    private func resolved(_ text: PartnerText, key: String, in language: LanguageCode) -> Provenance.Entry {
        let full = "\(Self.prefix).\(key).\(language.code)"
        let chain = profile.fallbackChain(for: language, campaign: campaign)
        guard let found = text.resolved(in: language, fallbacks: chain) else {
            let walked = ([language] + chain).map(\.code).joined(separator: " → ")
            return Provenance.Entry(key: full, value: "", locations: [text.location], note: "not written in any language: \(walked)")
        }
        var note: String?
        if text.everyLanguage != nil {
            note = "one text for every language"
        } else if found.fallsBack {
            let walked = ([language] + chain.prefix(through: chain.firstIndex(of: found.language)!)).map(\.code)
            note = "not written in \(language.displayName): \(walked.joined(separator: " → ")) (fallback)"
        }
        return Provenance.Entry(key: full, value: found.text.trimmingTrailingNewlines(), locations: [found.location], note: note)
    }

    private static func entry(_ key: String, _ value: String, at location: SourceLocation) -> Provenance.Entry {
        Provenance.Entry(key: key, value: value, locations: [location], note: nil)
    }
}

extension String {
    /// The text without the line ends a YAML block scalar leaves at its end.
    func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while text.last?.isNewline == true { text.removeLast() }
        return String(text)
    }
}
