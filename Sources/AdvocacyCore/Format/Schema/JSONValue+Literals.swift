extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    /// A string written as a literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A boolean written as a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An array written as a literal.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// An object written as a literal; a key written twice keeps its first value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }
}
