/// The part of the campaign format a stage owns: keys it adds to the core's sections, the
/// sections of its own that those keys refer to, how to read them and how to check them. The
/// core names none of them; the loader merges every registered stage's extension into the
/// format it decodes with, runs its readers on the mappings it decodes and its check with the
/// core's validation, so that `validate` reports the stage's problems with the others.
public struct FormatExtension: Sendable {
    /// Reads the stage's keys from one mapping of a core section, decoded by the core, into
    /// that mapping's ``StageData``; problems go to the decoder, at file:line.
    public typealias Reader = @Sendable (inout NodeDecoder, Fields, inout StageData) -> Void
    /// Checks what the readers decoded against the rest of the campaign: references, files.
    public typealias Check = @Sendable (inout CampaignCheck) -> Void

    /// Keys added to core sections, by section name (`campaign`, `audience`).
    public let keys: [String: [FormatField]]
    /// The stage's own sections, such as `contact source`.
    public let sections: [FormatSection]
    /// What reads the added keys, by core section name; the core runs them for the sections
    /// that keep ``StageData`` (``FormatDeclaration/sectionsWithStageData``).
    public let readers: [String: Reader]
    /// What checks them once the campaign is decoded, if anything.
    public let check: Check?

    /// Declares an extension; `keys` maps a core section's name to the keys it gains, and
    /// `readers` to what reads them.
    public init(
        keys: [String: [FormatField]] = [:], sections: [FormatSection] = [],
        readers: [String: Reader] = [:], check: Check? = nil
    ) {
        self.keys = keys
        self.sections = sections
        self.readers = readers
        self.check = check
    }
}
