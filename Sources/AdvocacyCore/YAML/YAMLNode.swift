/// A node of a YAML document, as written: every scalar is still text, and every node knows
/// where it stands in its file.
public struct YAMLNode: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        /// Text, exactly as written (after YAML's quoting and folding rules).
        case scalar(YAMLScalar)
        /// An ordered list of nodes.
        case sequence([YAMLNode])
        /// Keys and values in the order they were written. Keys are unique.
        case mapping([YAMLMappingEntry])
    }

    /// What the node holds.
    public var content: Content
    /// Where the node starts, in the layer that last set or changed it.
    public var location: SourceLocation
    /// Where earlier layers (a template, then overlays) set this value before, oldest first;
    /// empty for a value written once.
    public var history: [SourceLocation]

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation, history: [SourceLocation] = []) {
        self.content = content
        self.location = location
        self.history = history
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries, if this node is a mapping.
    public var mapping: [YAMLMappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The value under `key`, if this node is a mapping that has it.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key == key }?.value
    }

    /// A short name for the node's shape, for messages: "text", "a list", "a mapping", "nothing".
    public var shapeName: String {
        switch content {
        case .scalar(let scalar): scalar.isNull ? "empty" : "text"
        case .sequence: "a list"
        case .mapping: "a set of keys"
        }
    }
}

/// A scalar: its text and how it was written.
public struct YAMLScalar: Sendable, Equatable {
    /// How a scalar was written in the file.
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The text, with YAML's escapes and folding applied, and nothing else: never a number,
    /// a boolean or a date.
    public var text: String
    /// How it was written.
    public var style: Style

    /// Creates a scalar.
    public init(text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// Whether the scalar is YAML's "nothing": an unquoted empty value, `~` or `null`.
    public var isNull: Bool {
        style == .plain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}

/// One key and its value in a mapping.
public struct YAMLMappingEntry: Sendable {
    /// The key's text.
    public var key: String
    /// Where the key is written.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: YAMLNode

    /// Creates an entry.
    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
