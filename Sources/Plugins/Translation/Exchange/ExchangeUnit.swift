/// One translatable text as a translator receives it and hands it back.
///
/// The state decides how the formats write the unit, and the target is expected to agree with
/// it: `nil` for ``ExchangeState/new``, a translation for every other state (for a stale unit,
/// the translation of the previous source, when there is one). A draft without a target reads
/// back as new, since neither format can tell the two apart.
public struct ExchangeUnit: Sendable, Equatable {
    /// The text's stable key, such as `demands.fair-price.title`.
    public var key: String
    /// The text in the campaign's source language.
    public var source: String
    /// The translation, or `nil` when there is none; an empty translation counts as none.
    public var target: String?
    /// How far the translation has come.
    public var state: ExchangeState
    /// Context for the translator, such as the demand's title or where the text is used.
    public var note: String?

    /// Creates a unit.
    public init(key: String, source: String, target: String? = nil, state: ExchangeState, note: String? = nil) {
        self.key = key
        self.source = source
        self.target = target
        self.state = state
        self.note = note
    }

    /// The source the existing translation was made from, when the unit is stale.
    public var previousSource: String? {
        if case .needsReview(.stale(let previousSource)) = state { previousSource } else { nil }
    }
}
