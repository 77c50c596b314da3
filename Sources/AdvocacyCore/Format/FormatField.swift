/// One key of the campaign format: its name, the type of its value, whether it must be
/// written, a sentence of help and an example value. The loader's allowed keys, its "did you
/// mean" suggestions and its required-field checks all come from these declarations, and so
/// can a JSON Schema or a reference page.
public struct FormatField: Sendable, Equatable {
    /// The key as written in YAML, such as `title`.
    public let key: String
    /// What its value holds.
    public let type: FormatType
    /// Whether a mapping without it is refused ("demand 'fair-price' has no 'title'; add it").
    public let isRequired: Bool
    /// One sentence saying what the key is for.
    public let help: String
    /// A value as a campaign would write it, in YAML flow style: `fair-price`, `[fr, nl]`.
    public let example: String
    /// Whether the key holds or reaches people (contact exports, audiences, mailings): an
    /// overlay does not inherit it from the files it extends unless its `inherit:` names it, so
    /// that one organisation's people are never listed or written to by another by default.
    public let holdsPeople: Bool

    /// Declares a key; `people` marks one an overlay inherits only when it says so.
    public init(_ key: String, _ type: FormatType, required: Bool = false, people: Bool = false, help: String, example: String) {
        self.key = key
        self.type = type
        self.isRequired = required
        self.holdsPeople = people
        self.help = help
        self.example = example
    }
}
