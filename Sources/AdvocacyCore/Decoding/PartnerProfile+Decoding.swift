extension PartnerProfile {
    /// Decodes a partner profile, reporting every problem.
    static func decode(_ root: YAMLNode, file: String) -> (PartnerProfile?, [Diagnostic]) {
        var decoder = NodeDecoder()
        guard let fields = decoder.fields(of: root, owner: "partner profile", section: "partner profile") else { return (nil, decoder.diagnostics) }
        let languages = decoder.languages(in: fields)
        decoder.declaredLanguages = languages.map(\.value)
        decoder.sourceLanguage = languages.first?.value
        let missing = Located("", at: root.location)
        let missingText = PartnerText(everyLanguage: missing, kind: .line)
        let country = decoder.value("country", in: fields).flatMap { decoder.text($0, what: "the country") }
        if let country, !(country.value.count == 2 && country.value.allSatisfy { $0.isASCII && $0.isUppercase }) {
            decoder.error("the country '\(country.value)' should be an ISO 3166 code of two capital letters, such as BE or FR", at: country.location)
        }
        let profile = PartnerProfile(
            file: file,
            id: decoder.value("id", in: fields).flatMap { decoder.identifier($0, what: "the partner id") } ?? missing,
            name: decoder.value("name", in: fields).flatMap { decoder.partnerText($0, what: "the partner name", kind: .line) } ?? missingText,
            country: country ?? missing,
            languages: languages,
            sender: decoder.value("sender", in: fields).flatMap { decoder.sender($0, what: "the sender") }
                ?? Sender(name: missingText, email: missing),
            address: decoder.value("address", in: fields).flatMap { decoder.partnerText($0, what: "the address", kind: .multiline) } ?? missingText,
            legal: decoder.value("legal", in: fields).flatMap { decoder.partnerText($0, what: "the legal mentions", kind: .multiline) }
                ?? PartnerText(byLanguage: LocalizedText([:], kind: .multiline, at: fields["legal"]?.location ?? root.location)),
            logo: decoder.value("logo", in: fields).flatMap { decoder.text($0, what: "the logo path") },
            contact: decoder.value("contact", in: fields).flatMap { decoder.sender($0, what: "the contact") },
            website: decoder.value("website", in: fields).flatMap { decoder.webAddress($0, what: "the website") },
            layout: decoder.value("layout", in: fields).flatMap { decoder.text($0, what: "the layout path") },
            plugins: decoder.value("plugins", in: fields)
                .flatMap { decoder.list($0, what: "'plugins'", example: "'- name: crm-export'") }?
                .compactMap { decoder.pluginDeclaration($0) } ?? [])
        return (profile, decoder.diagnostics)
    }
}

extension NodeDecoder {
    /// A partner's human text: a plain string for every language, or a map of its languages
    /// to texts, each checked like a campaign's (a language the partner does not list is an
    /// error at its key).
    mutating func partnerText(_ node: YAMLNode, what: @autoclosure () -> String, kind: TextKind) -> PartnerText? {
        if node.scalar != nil {
            return text(node, what: what(), kind: kind).map { PartnerText(everyLanguage: $0, kind: kind) }
        }
        guard let texts = localizedText(node, what: what(), kind: kind) else { return nil }
        if texts.translations.isEmpty { return nil }
        return PartnerText(byLanguage: texts)
    }

    mutating func sender(_ node: YAMLNode, what: String) -> PartnerProfile.Sender? {
        guard let fields = fields(of: node, owner: what, section: "sender"),
              let name = value("name", in: fields).flatMap({ partnerText($0, what: "the name of \(what)", kind: .line) }),
              let email = value("email", in: fields).flatMap({ text($0, what: "the email of \(what)") })
        else { return nil }
        let parts = email.value.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count != 2 || parts.contains(where: \.isEmpty) || email.value.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) {
            error("the email of \(what) '\(email.value)' is not an email address such as name@example.org", at: email.location)
        }
        return PartnerProfile.Sender(name: name, email: email)
    }

    /// An external stage: `name`, `command: [program, args…]`, optional `summary` and `timeout`.
    mutating func pluginDeclaration(_ node: YAMLNode) -> PluginDeclaration? {
        guard let fields = fields(of: node, owner: "a plugin", section: "plugin"),
              let name = value("name", in: fields).flatMap({ identifier($0, what: "the plugin name") })
        else { return nil }
        return pluginDeclaration(named: name, in: fields)
    }

    /// The command part of a plugin or a pipeline stage that runs a program.
    mutating func pluginDeclaration(named name: Located<String>, in fields: Fields) -> PluginDeclaration? {
        guard let commandNode = value("command", in: fields),
              let items = list(commandNode, what: "the command of '\(name.value)'", example: "[python3, plugins/export.py]")
        else { return nil }
        let command = items.compactMap { text($0, what: "a word of the command") }
        if command.isEmpty {
            error("the command of '\(name.value)' is empty; name the program to run", at: commandNode.location)
            return nil
        }
        var timeout = 60
        if let node = value("timeout", in: fields) {
            if let seconds = node.scalar.flatMap({ Int($0.text) }), (1...3600).contains(seconds) {
                timeout = seconds
            } else {
                error("the timeout of '\(name.value)' should be a number of seconds from 1 to 3600", at: node.location)
            }
        }
        let summary = value("summary", in: fields).flatMap { text($0, what: "the summary of '\(name.value)'") }?.value
        return PluginDeclaration(name: name, command: command, summary: summary, timeoutSeconds: timeout)
    }
}
