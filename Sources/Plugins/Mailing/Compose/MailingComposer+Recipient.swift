import AdvocacyCore
import Foundation

extension MailingComposer {
    /// What the mailing makes of `recipient`: their message, or why they are left out, or the
    /// fields their message lacks. `nil` when the build does not write all the languages they
    /// read (`build --lang`).
    public func addressee(for recipient: Recipient) -> AddresseeOutcome? {
        let contact = recipient.contact
        let asked = askedLanguage(of: recipient)
        guard asked.languages.allSatisfy(languages.contains) else { return nil }
        func leftOut(_ reason: String, _ message: String) -> AddresseeOutcome {
            .leftOut(Rejection(address: contact.email, reason: reason, message: message))
        }
        var chosen: [LanguageCode] = [], heldBack: [String] = []
        for language in asked.languages {
            switch choices[language] {
            case .text(let used)?: if !chosen.contains(used) { chosen.append(used) }
            case .heldBack(let why)?: heldBack.append(why)
            case nil: heldBack.append("the campaign is not written in \(language.code)")
            }
        }
        guard !chosen.isEmpty else { return leftOut("translation-held-back", "the mailing has no text that may go out to them: \(heldBack.joined(separator: "; "))") }
        let language = MailLanguage(chosen).ordered(by: order)
        let name = [contact.firstName, contact.lastName].filter { !$0.isEmpty }.joined(separator: " ")
        let to: MailAddress
        do throws(MessageError) {
            to = try MailAddress(contact.email, displayName: name.isEmpty ? nil : name)
        } catch {
            if case .invalidHeaderValue = error.reason { return leftOut("line-break-in-header", "their name holds a line break, which would end the To: header and start another") }
            return leftOut("invalid-address", "\(error)")
        }
        let composed: ComposedTemplate
        do throws(MessageError) {
            composed = try template(for: language.languages)
        } catch {
            return .incomplete(address: contact.email, fields: ["the template: \(error)"])
        }
        let token = UnsubscribeToken.make(mailing: mailing.id.value, address: contact.email, secret: secret)
        let unsubscribePage = unsubscribeURL(token: token, address: contact.email)
        var values = PlaceholderValues()
        for slot in composed.slots {
            guard let language = slot.language, let placeholder = slot.placeholder else { continue }
            values[slot.name] = value(of: placeholder, in: language, for: recipient, unsubscribe: unsubscribePage)
        }
        let missing = composed.template.missing(in: values)
        guard missing.isEmpty else {
            return .incomplete(address: contact.email, fields: Array(Set(missing.map { LanguageText.unprefixed($0).name })).sorted())
        }
        for name in composed.template.subject.placeholders where values[name].map(HeaderText.hasLineBreak) ?? false {
            return leftOut("line-break-in-header", "their value for {{\(LanguageText.unprefixed(name).name)}} holds a line break, which would end the Subject: header and start another")
        }
        var unsubscribe: ListUnsubscribe?
        // Without an unsubscribe link the mailing has a problem already, and writes nothing.
        if unsubscribePage != nil || mailing.settings.unsubscribeMailto != nil {
            do throws(MessageError) {
                unsubscribe = try ListUnsubscribe(
                https: unsubscribePage,
                    mailto: mailing.settings.unsubscribeMailto.map { "mailto:\($0.value)?subject=unsubscribe%20\(mailing.id.value)%20\(token)" })
            } catch {
                return leftOut("invalid-address", "their unsubscribe link cannot be written: \(error)")
            }
        }
        // Without a sender the mailing has a problem already, and writes nothing: a plan still plans.
        let from = senders[language.languages[0]] ?? Self.unknownSender
        let headers = MessageHeaders(
            from: from, to: [to], replyTo: replyTos[language.languages[0]], date: date,
            messageID: MessageID.derived(campaign: campaign.id.value, mailing: mailing.id.value, recipient: contact.email, domain: domain),
            listID: listID, listUnsubscribe: unsubscribe, contentLanguage: language.languages.map(\.code))
        return .ready(Addressee(
            recipient: recipient, asked: asked, language: language, headers: headers, values: values,
            template: composed.template))
    }

    /// The languages `recipient` reads: the audience's `language:`, else both of a bilingual
    /// contact's (`fr+nl`) when the campaign speaks both, else the language their list gives them.
    func askedLanguage(of recipient: Recipient) -> MailLanguage {
        if let chosen = audience?.language?.value { return chosen.ordered(by: order) }
        if recipient.contact.language.contains("+"), let own = MailLanguage(parsing: recipient.contact.language), own.isBilingual,
           own.languages.allSatisfy({ choices[$0] != nil }) {
            return own.ordered(by: order)
        }
        return MailLanguage(recipient.language)
    }

    /// The value `placeholder` takes in the text in `language` for `recipient`; `nil` when
    /// their data has none.
    private func value(of placeholder: MailPlaceholder, in language: LanguageCode, for recipient: Recipient, unsubscribe: String?) -> String? {
        switch placeholder {
        case .recipient(let field):
            let value = recipient.contact[field]
            return value.isEmpty ? nil : value
        case .salutation: return Salutation.of(recipient.contact, in: language, audience: audience)
        case .campaignTitle: return campaign.resolve(campaign.title, in: language)?.text
        case .campaignID: return campaign.id.value
        case .paperURL: return mailing.settings.paperURL?.value.replacingOccurrences(of: "{{paper.language}}", with: language.code)
        case .paperLanguage: return language.code
        case .variable(let key): return campaign.vars[key]?.value
        case .unsubscribeURL: return unsubscribe ?? ""  // none is the mailing's problem, not theirs
        }
    }

    /// The unsubscribe page for `address`, its token in place of `{{token}}` and the address,
    /// percent-encoded, in place of `{{email}}`.
    private func unsubscribeURL(token: String, address: String) -> String? {
        guard let page = unsubscribePage else { return nil }
        var url = ""
        for (index, part) in page.enumerated() {
            if index > 0 { url += token }
            guard part.contains("{{email}}") else {
                url += part
                continue
            }
            let encoded = address.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? ""
            url += part.replacingOccurrences(of: "{{email}}", with: encoded)
        }
        return url
    }

    /// The sender a plan shows when the mailing has none, which it reports as a problem.
    private static let unknownSender = try! MailAddress("sender@unknown.example")

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// `address` as a file name: lower-case, each character other than a letter, a digit, `.`,
    /// `-`, `_`, `+` and `@` made `_`, and when that changed it, a short hash of the address
    /// after it, so that two addresses never share a file.
    static func fileKey(_ address: String) -> String {
        let lower = address.lowercased()
        var safe = String(lower.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-+@".unicodeScalars.contains(scalar))
            return allowed ? Character(scalar) : "_"
        })
        if safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
        guard safe != lower else { return safe }
        return safe + "-" + String(TextHash.of(lower).prefix(8))
    }
}
