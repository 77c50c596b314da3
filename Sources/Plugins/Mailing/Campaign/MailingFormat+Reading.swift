import AdvocacyCore

extension FormatExtension {
    /// Reads a mailing's `from`, `reply-to`, `date`, `paper`, `paper-url`, `unsubscribe` and
    /// `bilingual-order`.
    static let readMailingSettings: Reader = { decoder, fields, data in
        data[MailingSettings.self] = decoder.mailingSettings(in: fields)
    }

    /// Reads an audience's `language` and `salutation`.
    static let readAudienceMailing: Reader = { decoder, fields, data in
        guard decoder.has("language", in: fields) || decoder.has("salutation", in: fields) else { return }
        let owner = fields.owner
        var language: Located<MailLanguage>?
        if let text = decoder.value("language", in: fields).flatMap({ decoder.text($0, what: "the language of \(owner)") }) {
            if let parsed = MailLanguage(parsing: text.value) {
                language = Located(parsed, at: text.location)
            } else {
                decoder.error("the language of \(owner) should be a language code such as fr, or two joined by '+' such as fr+nl, not '\(text.value)'", at: text.location)
            }
        }
        data[AudienceMailing.self] = AudienceMailing(
            language: language,
            salutation: decoder.value("salutation", in: fields).flatMap { decoder.localizedText($0, what: "the salutation of \(owner)", kind: .line) })
    }
}

extension NodeDecoder {
    fileprivate mutating func mailingSettings(in fields: Fields) -> MailingSettings {
        let owner = fields.owner
        var settings = MailingSettings()
        settings.from = value("from", in: fields).flatMap { mailIdentity($0, what: "the sender of \(owner)") }
        settings.replyTo = value("reply-to", in: fields).flatMap { mailIdentity($0, what: "the reply-to of \(owner)") }
        settings.date = value("date", in: fields).flatMap { text($0, what: "the date of \(owner)") }
        if let date = settings.date, SendDate.parse(date.value) == nil {
            error("the date of \(owner) should be a day such as 2024-09-16, or a day and time with its offset such as 2024-09-16T09:00:00+02:00, not '\(date.value)'", at: date.location)
        }
        settings.paper = value("paper", in: fields).flatMap { choice($0, what: "'paper' of \(owner)", as: PaperUse.self) }
        settings.paperURL = value("paper-url", in: fields).flatMap { text($0, what: "the paper address of \(owner)") }
        if let node = value("unsubscribe", in: fields), let unsubscribe = self.fields(of: node, owner: "the unsubscribe of \(owner)", section: "unsubscribe") {
            settings.unsubscribeURL = value("url", in: unsubscribe).flatMap { text($0, what: "the unsubscribe page of \(owner)") }
            settings.unsubscribeMailto = value("mailto", in: unsubscribe).flatMap { address($0, what: "the unsubscribe address of \(owner)") }
        }
        if let node = value("bilingual-order", in: fields), let items = list(node, what: "'bilingual-order' of \(owner)", example: "[fr, nl]") {
            settings.bilingualOrder = items.compactMap { language($0, what: "a language of 'bilingual-order'") }
        }
        return settings
    }

    private mutating func mailIdentity(_ node: YAMLNode, what: String) -> MailIdentity? {
        guard let fields = fields(of: node, owner: what, section: "mail identity"),
              let name = value("name", in: fields).flatMap({ text($0, what: "the name of \(what)") }),
              let email = value("email", in: fields).flatMap({ address($0, what: "the address of \(what)") })
        else { return nil }
        return MailIdentity(name: name, email: email)
    }

    /// An address such as `name@example.org`: one `@`, neither side empty, no space or angle bracket.
    private mutating func address(_ node: YAMLNode, what: String) -> Located<String>? {
        guard let email = text(node, what: what) else { return nil }
        let parts = email.value.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count != 2 || parts.contains(where: \.isEmpty) || email.value.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," }) {
            error("\(what) '\(email.value)' is not an email address such as name@example.org", at: email.location)
            return nil
        }
        return email
    }
}
