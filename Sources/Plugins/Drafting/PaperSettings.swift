public import AdvocacyCore

/// What a campaign or a partner profile says about papers beyond their texts: the date they
/// carry (a campaign's only) and the labels it gives in place of the catalogue's
/// (``PaperLabels``), read from the keys the draft stage owns (``FormatExtension/paper``).
public struct PaperSettings: Sendable {
    /// The campaign's `date:`, printed on every paper in its language.
    public var date: Located<PaperDate>?
    /// The `labels:`, by language and label.
    public var labels: [LanguageCode: [PaperLabels.Key: String]] = [:]
    /// Where each language's labels are written, for the warning about labels no one gives.
    public var labelLocations: [LanguageCode: SourceLocation] = [:]
}

extension Campaign {
    /// The campaign's settings for its papers; none when it gives none.
    public var paperSettings: PaperSettings { stageData[PaperSettings.self] ?? PaperSettings() }
}

extension PartnerProfile {
    /// The partner's settings for its papers (its `labels:`); none when it gives none.
    public var paperSettings: PaperSettings { stageData[PaperSettings.self] ?? PaperSettings() }
}
