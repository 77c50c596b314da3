import AdvocacyCore

/// A position paper in one language, assembled from a campaign: its texts resolved in that
/// language (falling back along the campaign's chain) with their `{{vars.…}}` filled in, its demands numbered, and its sources
/// numbered in the order they are first cited.
struct PositionPaper {
    /// A text of the paper, the language it is actually in, and where it was written.
    struct Text {
        let text: String
        /// The paper's language, or the fallback used when the text is not translated yet.
        let language: LanguageCode
        let location: SourceLocation
    }

    struct NumberedDemand {
        let id: String
        let number: Int
        let title: Text
        let body: Text
        /// Reference numbers of the sources it cites.
        let citations: [Int]
    }

    struct Reference {
        let number: Int
        let source: Source
    }

    let language: LanguageCode
    let status: CampaignStatus
    /// Its fixed words: headings, marks.
    let labels: PaperLabels
    /// The campaign's date, as the paper's language writes it.
    let date: String?
    let title: Text
    let summary: Text
    let context: Text?
    let demands: [NumberedDemand]
    /// Cited sources first, in order of first citation, then the others in file order.
    let references: [Reference]

    init(campaign: Campaign, language: LanguageCode) {
        labels = PaperLabels(language, campaign: campaign)
        date = campaign.paperSettings.date?.value.written(in: language.code)
        func text(_ localized: LocalizedText) -> Text {
            let resolved = campaign.resolve(localized, in: language)
            return Text(
                text: campaign.fillingVars(in: resolved?.text ?? "").trimmingTrailingWhitespace(),
                language: resolved?.language ?? language,
                location: localized.location)
        }

        let sourcesByID = Dictionary(campaign.sources.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var order: [String] = []
        for demand in campaign.demands {
            for cited in demand.sources.map(\.value) where sourcesByID[cited] != nil && !order.contains(cited) {
                order.append(cited)
            }
        }
        order += campaign.sources.map(\.id.value).filter { !order.contains($0) }
        let numbers = Dictionary(order.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })

        self.language = language
        status = campaign.status.value
        title = text(campaign.title)
        summary = text(campaign.summary)
        context = campaign.context.map(text)
        demands = campaign.demands.enumerated().map { index, demand in
            var citations: [Int] = []
            for number in demand.sources.compactMap({ numbers[$0.value] }) where !citations.contains(number) {
                citations.append(number)
            }
            return NumberedDemand(
                id: demand.id.value, number: index + 1, title: text(demand.title), body: text(demand.body), citations: citations)
        }
        references = order.compactMap { id in sourcesByID[id].map { Reference(number: numbers[id]!, source: $0) } }
    }
}

extension String {
    /// The text without the line ends and blanks a YAML block scalar leaves at its end.
    func trimmingTrailingWhitespace() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
