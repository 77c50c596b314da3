/// How far the translation of one text has come.
public enum ExchangeState: Sendable, Equatable {
    /// Why a translation needs a translator's look before it is used.
    public enum Review: Sendable, Equatable {
        /// The source changed since it was translated; `previousSource` is the source the
        /// existing translation was made from, so that the translator sees what changed.
        case stale(previousSource: String)
        /// Nobody has confirmed the translation yet: a machine translation, or a translator's
        /// own guess marked fuzzy (PO) or left `initial` (XLIFF).
        case draft
    }

    /// Never translated.
    case new
    /// Translated, but not to be used until a translator confirms it.
    case needsReview(Review)
    /// Translated by a translator.
    case translated
    /// Translated and checked by a reviewer. PO cannot say so: it reads back as translated,
    /// and an import keeps a reviewed text that comes back unchanged reviewed.
    case reviewed
}
