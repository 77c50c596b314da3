/// Replaces `{{vars.name}}` in every text of a merged campaign with the value `vars:` gives it,
/// so templates can leave names, places and institutions for each partner to fill in.
struct VarsSubstitution {
    /// Top-level keys whose texts are not substituted: the values themselves and declarations.
    static let untouchedKeys: Set<String> = ["vars", "template", "extends"]

    private let values: [String: String]
    private(set) var diagnostics: [Diagnostic] = []

    /// A substitution with the values of the merged campaign's `vars:` mapping.
    init(vars: YAMLNode?) {
        var values: [String: String] = [:]
        for entry in vars?.mapping ?? [] {
            if let text = entry.value.scalar?.text { values[entry.key] = text }
        }
        self.values = values
    }

    mutating func apply(to root: YAMLNode) -> YAMLNode {
        guard case .mapping(let entries) = root.content else { return root }
        var result = root
        result.content = .mapping(entries.map { entry in
            guard !Self.untouchedKeys.contains(entry.key), let changed = substituted(in: entry.value) else { return entry }
            return YAMLMappingEntry(key: entry.key, keyLocation: entry.keyLocation, value: changed)
        })
        return result
    }

    /// The node with its placeholders replaced, or `nil` when it has none: most of a campaign
    /// is left as it is, without copying.
    private mutating func substituted(in node: YAMLNode) -> YAMLNode? {
        var result = node
        switch node.content {
        case .scalar(var scalar):
            guard Self.mayHavePlaceholder(scalar.text) else { return nil }
            scalar.text = replacingPlaceholders(in: scalar.text, at: node.location)
            result.content = .scalar(scalar)
        case .sequence(var items):
            var changed = false
            for index in items.indices {
                if let item = substituted(in: items[index]) {
                    items[index] = item
                    changed = true
                }
            }
            guard changed else { return nil }
            result.content = .sequence(items)
        case .mapping(var entries):
            var changed = false
            for index in entries.indices {
                if let value = substituted(in: entries[index].value) {
                    entries[index].value = value
                    changed = true
                }
            }
            guard changed else { return nil }
            result.content = .mapping(entries)
        }
        return result
    }

    /// Whether `text` has a `{{`, found on its bytes: most texts have none, and this runs on
    /// every text of a campaign.
    private static func mayHavePlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            for index in 1..<bytes.count where bytes[index] == UInt8(ascii: "{") && bytes[index - 1] == UInt8(ascii: "{") {
                return true
            }
            return false
        }
    }

    /// The text with each `{{vars.name}}` (spaces allowed inside the braces, three braces too)
    /// replaced; an unknown name is reported and left as written.
    private mutating func replacingPlaceholders(in text: String, at location: SourceLocation) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            let inner = triple ? afterOpen.dropFirst() : afterOpen
            let closing = triple ? "}}}" : "}}"
            guard let close = inner.range(of: closing) else {
                output += rest[open.lowerBound...]
                return output
            }
            let expression = inner[..<close.lowerBound].trimmingSpaces()
            if expression.hasPrefix("vars.") {
                let name = String(expression.dropFirst("vars.".count))
                if let value = values[name] {
                    output += value
                } else {
                    diagnostics.append(.error(
                        "this text uses {{vars.\(name)}}, but no 'vars:' in this campaign or what it extends gives '\(name)' a value\(Suggestion.clause(for: name, among: values.keys))",
                        at: location))
                    output += rest[open.lowerBound..<close.upperBound]
                }
            } else {
                output += rest[open.lowerBound..<close.upperBound]
            }
            rest = inner[close.upperBound...]
        }
        return output + rest
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
