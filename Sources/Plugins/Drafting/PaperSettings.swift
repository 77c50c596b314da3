public import AdvocacyCore

/// What a campaign says about its papers beyond their texts: the date they carry and the
/// labels it gives in place of the catalogue's (``PaperLabels``), read from the keys the draft
/// stage owns (``FormatExtension/paper``).
public struct PaperSettings: Sendable {
    /// The campaign's `date:`, printed on every paper in its language.
    public var date: Located<PaperDate>?
    /// The campaign's `labels:`, by language and label.
    public var labels: [LanguageCode: [PaperLabels.Key: String]] = [:]
    /// Where each language's labels are written, for the warning about labels no one gives.
    public var labelLocations: [LanguageCode: SourceLocation] = [:]
}

extension Campaign {
    /// The campaign's settings for its papers; none when it gives none.
    public var paperSettings: PaperSettings { stageData[PaperSettings.self] ?? PaperSettings() }
}
