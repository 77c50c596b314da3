/// What advocate knows about a campaign's translations beyond the texts themselves: for each
/// language and text key, the source text the translation was made from and its state; and
/// translations that came back from translators or engines rather than being written inline.
///
/// Kept in `translations/<campaign>.yaml` beside the campaign file, plain text in git. Each
/// layer of an overlay chain has its own; the layers' records merge like the campaign.
public struct TranslationRecords: Sendable, Equatable {
    /// How a recorded translation came to be.
    public enum Origin: String, Sendable, CaseIterable {
        /// Written or imported from a translator, not yet reviewed.
        case translated
        /// Produced by a translation engine; not to be sent before review.
        case machine
        /// Checked by someone.
        case reviewed
    }

    /// One translation's record.
    public struct Record: Sendable, Equatable {
        /// The fingerprint (``TextHash``) of the source text it was made from.
        public var sourceHash: String
        /// How it came to be.
        public var origin: Origin
        /// The translation itself, when it is not written inline in the campaign.
        public var text: String?
        /// The fingerprint of the inline text that ``text`` replaced, so that text is known to be
        /// older and no warning is needed.
        public var replaces: String?
        /// Where the record is written, for diagnostics.
        public var location: SourceLocation?

        /// Creates a record.
        public init(sourceHash: String, origin: Origin, text: String? = nil, replaces: String? = nil, location: SourceLocation? = nil) {
            self.sourceHash = sourceHash
            self.origin = origin
            self.text = text
            self.replaces = replaces
            self.location = location
        }

        public static func == (lhs: Record, rhs: Record) -> Bool {
            (lhs.sourceHash, lhs.origin, lhs.text, lhs.replaces) == (rhs.sourceHash, rhs.origin, rhs.text, rhs.replaces)
        }
    }

    /// Source texts that translations were made from, by key and fingerprint, so a stale
    /// translation can show its translator what changed.
    public var sources: [String: [String: String]] = [:]
    /// The records, by language and text key.
    public var records: [LanguageCode: [String: Record]] = [:]

    /// No records.
    public init() {}

    /// The record for `key` in `language`.
    public func record(_ key: String, in language: LanguageCode) -> Record? {
        records[language]?[key]
    }

    /// Records that `key` in `language` was made from `source`, as `origin`, with `text` when
    /// it is not inline, replacing the inline text `replacing`, if any.
    public mutating func record(
        _ key: String, in language: LanguageCode, source: String, origin: Origin, text: String?, replacing inline: String? = nil
    ) {
        let hash = TextHash.of(source)
        sources[key, default: [:]][hash] = source
        let replaced = inline.flatMap { $0 == text ? nil : TextHash.of($0) } ?? records[language]?[key]?.replaces
        records[language, default: [:]][key] = Record(sourceHash: hash, origin: origin, text: text, replaces: text == nil ? nil : replaced)
    }

    /// These records with `overlay`'s laid over them: an overlay's record of a key wins.
    public func merged(with overlay: TranslationRecords) -> TranslationRecords {
        var merged = self
        for (key, texts) in overlay.sources { merged.sources[key, default: [:]].merge(texts) { _, new in new } }
        for (language, records) in overlay.records { merged.records[language, default: [:]].merge(records) { _, new in new } }
        return merged
    }

    /// The records without source texts no record refers to any more.
    func pruned() -> TranslationRecords {
        var pruned = self
        let used = Set(records.values.flatMap { $0.map { "\($0.key)\u{0}\($0.value.sourceHash)" } })
        for (key, texts) in sources {
            let kept = texts.filter { used.contains("\(key)\u{0}\($0.key)") }
            pruned.sources[key] = kept.isEmpty ? nil : kept
        }
        return pruned
    }
}
