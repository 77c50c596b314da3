/// A campaign as external plugins receive it: every text by language with its `{{vars.…}}`
/// filled in, as papers print it; ids and references as written. Part of plugin protocol 1 (docs/plugins.md).
struct CampaignJSON: Encodable {
    struct Demand: Encodable {
        let id: String
        let title: [String: String]
        let body: [String: String]
        let sources: [String]
    }

    struct Source: Encodable {
        let id: String
        let title: String
        let publisher: String
        let year: Int
        let url: String?
    }

    struct Audience: Encodable {
        let id: String
        let title: [String: String]
        let description: [String: String]?
    }

    struct Mailing: Encodable {
        let id: String
        let audience: String
        let subject: [String: String]
        let body: [String: String]
    }

    let id: String
    let title: [String: String]
    let languages: [String]
    let partner: String?
    let status: String
    let summary: [String: String]
    let context: [String: String]?
    let demands: [Demand]
    let sources: [Source]
    let audiences: [Audience]
    let mailings: [Mailing]

    init(_ campaign: Campaign) {
        func texts(_ text: LocalizedText) -> [String: String] {
            Dictionary(text.translations.map { ($0.key.code, campaign.fillingVars(in: $0.value.value)) }, uniquingKeysWith: { first, _ in first })
        }
        id = campaign.id.value
        title = texts(campaign.title)
        languages = campaign.languages.map(\.value.code)
        partner = campaign.partner?.value
        status = campaign.status.value.rawValue
        summary = texts(campaign.summary)
        context = campaign.context.map(texts)
        demands = campaign.demands.map { Demand(id: $0.id.value, title: texts($0.title), body: texts($0.body), sources: $0.sources.map(\.value)) }
        sources = campaign.sources.map {
            Source(id: $0.id.value, title: $0.title.value, publisher: $0.publisher.value, year: $0.year.value, url: $0.url?.value)
        }
        audiences = campaign.audiences.map { Audience(id: $0.id.value, title: texts($0.title), description: $0.description.map(texts)) }
        mailings = campaign.mailings.map {
            Mailing(id: $0.id.value, audience: $0.audience.value, subject: texts($0.subject), body: texts($0.body))
        }
    }
}
