/// Any JSON value: what external plugins send and receive as free-form options.
public enum JSONValue: Encodable, Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    /// A YAML value as JSON: scalars stay strings (the plugin types them), lists become
    /// arrays and mappings objects.
    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar): self = scalar.isNull ? .null : .string(scalar.text)
        case .sequence(let items): self = .array(items.map(JSONValue.init))
        case .mapping(let entries): self = .object(Dictionary(entries.map { ($0.key, JSONValue($0.value)) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}
