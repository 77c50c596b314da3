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
            guard !Self.untouchedKeys.contains(entry.key) else { return entry }
            return YAMLMappingEntry(key: entry.key, keyLocation: entry.keyLocation, value: substitute(in: entry.value))
        })
        return result
    }

    private mutating func substitute(in node: YAMLNode) -> YAMLNode {
        var result = node
        switch node.content {
        case .scalar(var scalar):
            guard scalar.text.contains("vars.") else { return node }
            scalar.text = replacingPlaceholders(in: scalar.text, at: node.location)
            result.content = .scalar(scalar)
        case .sequence(let items):
            result.content = .sequence(items.map { substitute(in: $0) })
        case .mapping(let entries):
            result.content = .mapping(entries.map {
                YAMLMappingEntry(key: $0.key, keyLocation: $0.keyLocation, value: substitute(in: $0.value))
            })
        }
        return result
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
