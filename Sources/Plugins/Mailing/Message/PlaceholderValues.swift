/// One recipient's values for a message's placeholders, by name: `recipient.first_name`,
/// `campaign.title`, `vars.deadline`, `paper.url`, an extra column's header.
public struct PlaceholderValues: Sendable, ExpressibleByDictionaryLiteral {
    private var values: [String: String]

    /// Values from `values`, by placeholder name.
    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// Values from name–value pairs; a later pair wins over an earlier one of the same name.
    public init(dictionaryLiteral elements: (String, String)...) {
        values = Dictionary(elements, uniquingKeysWith: { $1 })
    }

    /// The value of the placeholder `name`, or `nil` when this recipient has none.
    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }
}
