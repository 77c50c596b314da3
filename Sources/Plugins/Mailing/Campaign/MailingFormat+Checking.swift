import AdvocacyCore

extension FormatExtension {
    /// Checks the mailing keys against the rest of the campaign: languages the campaign
    /// speaks, an unsubscribe page that mail clients can call in one click and the site can
    /// verify, and every placeholder of every subject and body one a mail can fill.
    static let checkMailings: Check = { check in
        let languages = Set(check.campaign.languages.map(\.value))
        for audience in check.campaign.audiences {
            guard let language = audience.mailing?.language else { continue }
            for code in language.value.languages where !languages.contains(code) {
                check.report(.error("audience '\(audience.id.value)' is written to in \(code.code), which the campaign does not speak (its languages: \(languages.map(\.code).sorted().joined(separator: ", ")))", at: language.location))
            }
        }
        for mailing in check.campaign.mailings {
            check.checkMailing(mailing, languages: languages)
        }
    }
}

extension CampaignCheck {
    fileprivate mutating func checkMailing(_ mailing: Mailing, languages: Set<LanguageCode>) {
        let id = mailing.id.value, settings = mailing.settings
        for language in settings.bilingualOrder where !languages.contains(language.value) {
            report(.error("'bilingual-order' of mailing '\(id)' names \(language.value.code), which the campaign does not speak", at: language.location))
        }
        if let url = settings.unsubscribeURL {
            if !url.value.hasPrefix("https://") {
                report(.error("the unsubscribe page of mailing '\(id)' should be an https address, so that mail clients can unsubscribe in one click (RFC 8058), not '\(url.value)'", at: url.location))
            }
            if !url.value.contains("{{token}}") {
                report(.error("the unsubscribe page of mailing '\(id)' should carry {{token}}, which the site checks without a database (docs/mailings.md)", at: url.location))
            }
        }
        // Broken braces and {{vars.…}} without a value are the core's to report (PlaceholderCheck).
        for (what, text) in [("subject", mailing.subject), ("body", mailing.body)] {
            for (language, written) in text.translations.sorted(by: { $0.key.code < $1.key.code }) {
                for placeholder in PlaceholderScan(written.value).placeholders where placeholder.isValue {
                    let problem: String? = switch MailPlaceholder.parse(placeholder.name) {
                    case .failure(let why): why.description
                    case .success(.paperURL) where settings.paperURL == nil: "\(placeholder.written) needs the mailing's 'paper-url:'"
                    case .success: nil
                    }
                    if let problem { report(.error("the \(language.code) \(what) of mailing '\(id)': \(problem)", at: written.location)) }
                }
            }
        }
    }
}
