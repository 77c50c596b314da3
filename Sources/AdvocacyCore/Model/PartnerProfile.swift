/// An organisation that speaks for campaigns: its name, address and legal mentions, the sender
/// of its mailings, and any plugins it provides. Lives in `Campaigns/partners/<id>.yaml`.
public struct PartnerProfile: Sendable {
    /// The file it was read from.
    public var file: String
    /// Its id, equal to its file name.
    public var id: Located<String>
    /// The name readers see; a language may have its own (``PartnerText``).
    public var name: PartnerText
    /// ISO 3166-1 alpha-2 country code, such as `BE`.
    public var country: Located<String>
    /// The languages it works in.
    public var languages: [Located<LanguageCode>]
    /// Who mailings come from.
    public var sender: Sender
    /// The postal address, one line per line, in every language or per language.
    public var address: PartnerText
    /// The legal mentions for footers, in every language or per language.
    public var legal: PartnerText
    /// The logo, a path inside the project.
    public var logo: Located<String>?
    /// Who readers can contact about a campaign.
    public var contact: Sender?
    /// The organisation's website.
    public var website: Located<String>?
    /// Its own Mustache layout for position papers, a path inside the project; a campaign's
    /// `layout` option still wins.
    public var layout: Located<String>?
    /// External stages the partner provides.
    public var plugins: [PluginDeclaration]

    /// A name and an email address.
    public struct Sender: Sendable {
        /// The display name, in every language or per language.
        public var name: PartnerText
        /// The address.
        public var email: Located<String>
    }
}

/// An external stage: a program advocate runs, speaking the plugin protocol (docs/plugins.md).
public struct PluginDeclaration: Sendable {
    /// The stage name campaigns use.
    public var name: Located<String>
    /// The program and its arguments; no shell is involved.
    public var command: [Located<String>]
    /// What it does.
    public var summary: String?
    /// How long it may run.
    public var timeoutSeconds: Int

    /// Where the command was declared, for trust decisions and messages.
    public var declaredAt: SourceLocation { command.first?.location ?? name.location }
}
