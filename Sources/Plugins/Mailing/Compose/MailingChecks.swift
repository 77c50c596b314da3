import AdvocacyCore

/// The checks of a mailing as a whole, before any recipient, beyond those of the campaign:
/// an unsubscribe link and a postal address, the columns placeholders name, the subjects'
/// length and the attachments' size. Each problem points at the campaign's file:line.
enum MailingChecks {
    /// The longest subject, in characters, before placeholders are filled.
    static let subjectLimit = 200
    /// The most bytes a message's attachments may weigh together: what relays commonly refuse beyond.
    static let attachmentLimit = 10 * 1024 * 1024

    static func mailingProblems(_ composer: MailingComposer) -> [Diagnostic] {
        let mailing = composer.mailing, settings = mailing.settings, id = mailing.id.value
        var problems: [Diagnostic] = []
        if settings.unsubscribeURL == nil {
            problems.append(.error("mailing '\(id)' has no unsubscribe link: give it 'unsubscribe: { url: …{{token}}, mailto: … }'", at: mailing.id.location))
        }
        if settings.unsubscribeMailto == nil, settings.unsubscribeURL != nil {
            problems.append(.error("mailing '\(id)' has no unsubscribe address: give its 'unsubscribe:' a 'mailto:'", at: mailing.id.location))
        }
        let addressless = composer.texts.keys.filter { composer.partner?.identity(in: $0, for: composer.campaign).address.text.isEmpty ?? true }
        if !addressless.isEmpty {
            problems.append(.error("mailing '\(id)' has no postal address for its footer in \(addressless.map(\.code).sorted().joined(separator: ", ")): the campaign's partner profile should give its 'address:'", at: mailing.id.location))
        }
        if settings.paper?.value == .link, settings.paperURL == nil {
            problems.append(.error("mailing '\(id)' links the position paper but gives no 'paper-url:'", at: settings.paper!.location))
        }
        for language in composer.texts.keys.sorted(by: { $0.code < $1.code }) {
            problems += placeholderProblems(in: mailing.subject, language: language, composer: composer)
            problems += placeholderProblems(in: mailing.body, language: language, composer: composer)
            if let subject = mailing.subject.translations[language], subject.value.count > subjectLimit {
                problems.append(.error("the \(language.code) subject of mailing '\(id)' has \(subject.value.count) characters; keep it under \(subjectLimit), as mail clients cut long subjects", at: subject.location))
            }
        }
        let sizes = composer.attachments.values.map(\.size).sorted(by: >)
        if sizes.prefix(2).reduce(0, +) > attachmentLimit {
            problems.append(.error("the papers mailing '\(id)' attaches weigh \(sizes.prefix(2).reduce(0, +) / 1024) KiB in one message; relays refuse beyond \(attachmentLimit / 1024 / 1024) MiB: link the paper instead ('paper: link')", at: settings.paper?.location ?? mailing.id.location))
        }
        return problems
    }

    /// Problems of the placeholders of `text` in `language` only the contacts show: columns no
    /// export of the audience has. The rest is checked with the campaign (``FormatExtension/checkMailings``).
    private static func placeholderProblems(in text: LocalizedText, language: LanguageCode, composer: MailingComposer) -> [Diagnostic] {
        guard let written = text.translations[language] else { return [] }
        return PlaceholderScan(written.value).placeholders.map(\.name).compactMap { name in
            guard case .success(.recipient(let field)) = MailPlaceholder.parse(name), !composer.book.hasColumn(for: field) else { return nil }
            return .error(
                "the \(language.code) text of mailing '\(composer.mailing.id.value)': {{\(name)}} names the column '\(field.key)', which no contact export of the campaign has",
                at: written.location)
        }
    }
}
