/// The part of the campaign format a stage owns: keys it adds to the core's sections and the
/// sections of its own that those keys refer to. The core names none of them; the loader
/// merges every registered stage's extension into the format it decodes with.
public struct FormatExtension: Sendable {
    /// Keys added to core sections, by section name (`campaign`, `audience`).
    public let keys: [String: [FormatField]]
    /// The stage's own sections, such as `contact source`.
    public let sections: [FormatSection]

    /// Declares an extension; `keys` maps a core section's name to the keys it gains.
    public init(keys: [String: [FormatField]] = [:], sections: [FormatSection] = []) {
        self.keys = keys
        self.sections = sections
    }
}
