/// What a partner says of itself in one language: its name, the sender and contact of its
/// mailings, its postal address and legal mentions, each with the language it is really in.
/// Papers and mailings take it from ``PartnerProfile/identity(in:for:)``.
public struct PartnerIdentity: Sendable {
    /// The language asked for.
    public var language: LanguageCode
    /// The organisation's name.
    public var name: PartnerText.Resolved
    /// Who mailings come from.
    public var sender: Person
    /// Who readers may write to; the sender when the profile names no contact.
    public var contact: Person
    /// The postal address; ``PartnerText/Resolved/lines`` gives its lines.
    public var address: PartnerText.Resolved
    /// The legal mentions, unless no language of the chain has them.
    public var legal: PartnerText.Resolved?
    /// The organisation's website.
    public var website: String?

    /// A name readers see and an email address.
    public struct Person: Sendable {
        /// The display name.
        public var name: PartnerText.Resolved
        /// The email address, the same in every language.
        public var email: String
    }

    /// Every text that is shown in another language than ``language``.
    public var fallbacks: [PartnerText.Resolved] {
        [name, sender.name, contact.name, address, legal].compactMap { $0 }.filter(\.fallsBack)
    }
}

extension PartnerProfile {
    /// The languages a text in `language` falls back through: the campaign's chain (when
    /// there is a campaign), then the partner's own languages in the order it lists them.
    public func fallbackChain(for language: LanguageCode, campaign: Campaign?) -> [LanguageCode] {
        var chain = campaign?.fallbackChain(for: language) ?? []
        for own in languages.map(\.value) where own != language && !chain.contains(own) { chain.append(own) }
        return chain
    }

    /// The partner's identity in `language`, for `campaign`: each text in that language, else
    /// through ``fallbackChain(for:campaign:)``, marked when it falls back. A required text
    /// no language has (a profile with errors) is empty, in `language`.
    public func identity(in language: LanguageCode, for campaign: Campaign?) -> PartnerIdentity {
        let chain = fallbackChain(for: language, campaign: campaign)
        func resolve(_ text: PartnerText) -> PartnerText.Resolved {
            text.resolved(in: language, fallbacks: chain)
                ?? PartnerText.Resolved(text: "", language: language, location: text.location, fallsBack: false)
        }
        func person(_ sender: Sender) -> PartnerIdentity.Person {
            PartnerIdentity.Person(name: resolve(sender.name), email: sender.email.value)
        }
        return PartnerIdentity(
            language: language, name: resolve(name), sender: person(sender), contact: person(contact ?? sender),
            address: resolve(address), legal: legal.resolved(in: language, fallbacks: chain), website: website?.value)
    }
}
