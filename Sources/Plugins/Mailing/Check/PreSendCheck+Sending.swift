public import AdvocacyCore
public import Foundation

extension PreSendCheck {
    /// The pre-send check `advocate send` runs before sending `mailing` of the campaign `build`
    /// builds: the audiences resolved from the exports as the build resolved them, the papers
    /// read from `folder` (`OUT/<campaign id>/`, where the build wrote the messages), the
    /// secret and the date from `environment` as the build took them. Throws a usage error (64)
    /// for a mailing the campaign does not have, invalid input (65) for one whose audience
    /// selects no contacts, and what the lists stage throws.
    public static func forSending(
        mailing id: String, of build: CampaignBuild, folder: URL, environment: [String: String]
    ) async throws(AdvocateError) -> PreSendCheck {
        let campaign = build.campaign
        guard let mailing = campaign.mailings.first(where: { $0.id.value == id }) else {
            throw AdvocateError(.usage, "campaign '\(campaign.id.value)' has no mailing '\(id)' (mailings: \(campaign.mailings.map(\.id.value).joined(separator: ", ")))")
        }
        let (products, _) = try await build.products([CampaignContacts.self])
        guard let contacts = products[CampaignContacts.self],
              let list = contacts.lists.first(where: { $0.spec.id == mailing.audience.value })
        else {
            throw AdvocateError(.invalidInput, "mailing '\(id)' goes to the audience '\(mailing.audience.value)', which selects no contacts: there is no one to send it to",
                                diagnostics: [.error("mailing '\(id)' has no one to send to", at: mailing.audience.location)])
        }
        var pdfs: [LanguageCode: [UInt8]] = [:]
        for language in build.languages {
            let file = folder.appendingPathComponent("papers/\(language.code)/position-paper.pdf")
            if let data = FileManager.default.contents(atPath: file.path) { pdfs[language] = Array(data) }
        }
        let composer = MailingComposer(
            mailing, of: campaign, partner: build.loaded.partner, book: contacts.book, languages: build.languages,
            pdfs: pdfs, date: try SendDate.of(mailing, in: campaign, environment: environment),
            secret: try UnsubscribeSecret.read(from: environment))
        return PreSendCheck(composer, list: list)
    }
}
