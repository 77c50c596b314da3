extension FormatSchema {
    /// The schema of a value of `type`, as an editor's YAML reader (YAML 1.2, core schema) sees
    /// it. advocate reads every scalar as text and types it itself, so a text may look like a
    /// number or a boolean to the editor, and a number may be quoted.
    func typeSchema(_ type: FormatType, overlay: Bool) -> JSONValue {
        switch type {
        case .text(.line):
            ["type": ["string", "number", "boolean"], "pattern": "^[^\\n\\r\\t]*$"]
        case .text(.multiline):
            ["type": ["string", "number", "boolean"]]
        case .localizedText(let kind):
            ["anyOf": [
                typeSchema(.text(kind), overlay: overlay),
                .object([
                    "type": "object",
                    "minProperties": .number(1),
                    "propertyNames": typeSchema(.language, overlay: overlay),
                    "additionalProperties": typeSchema(.text(kind), overlay: overlay),
                ]),
            ]]
        case .identifier:
            ["type": ["string", "number"], "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": .number(64)]
        case .language:
            ["type": "string", "pattern": "^[a-z]{2}$"]
        case .year:
            ["type": ["integer", "string"], "pattern": "^[0-9]{4}$", "minimum": .number(1000), "maximum": .number(9999)]
        case .day:
            ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .path:
            ["type": "string", "minLength": .number(1)]
        case .url:
            ["type": "string", "pattern": "^https?://[^\\s\"'<>]+$"]
        case .email:
            ["type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$"]
        case .version:
            ["type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)*$"]
        case .integer(let range):
            .object(["type": ["integer", "string"], "pattern": "^-?[0-9]+$"].merging(Self.bounds(range)) { first, _ in first })
        case .flag:
            ["enum": [true, "true"]]
        case .boolean:
            ["type": "boolean"]
        case .choice(let values):
            ["enum": .array(values.map(JSONValue.string))]
        case .list(let inner):
            ["type": "array", "items": typeSchema(inner, overlay: overlay)]
        case .section(let name):
            ["$ref": .string(Self.reference(name, overlay: overlay))]
        case .map(let inner):
            ["type": "object", "additionalProperties": typeSchema(inner, overlay: overlay)]
        case .languageMap(let inner):
            ["type": "object", "propertyNames": typeSchema(.language, overlay: overlay), "additionalProperties": typeSchema(inner, overlay: overlay)]
        case .any:
            [:]
        }
    }

    /// `minimum` and `maximum` for a range narrower than every whole number.
    private static func bounds(_ range: ClosedRange<Int>) -> [String: JSONValue] {
        var bounds: [String: JSONValue] = [:]
        if range.lowerBound != Int.min { bounds["minimum"] = .number(Double(range.lowerBound)) }
        if range.upperBound != Int.max { bounds["maximum"] = .number(Double(range.upperBound)) }
        return bounds
    }

    /// What a key's help leaves unsaid about its type, for an editor's hover: that a text is
    /// localised, the range of a number.
    func typeHelp(_ type: FormatType) -> String? {
        switch type {
        case .localizedText(let kind):
            "A localised text: one \(kind == .line ? "line" : "text of several lines") per language (`fr: …`), or a plain text in the source language."
        case .text(.line):
            "Text on one line."
        case .integer(let range) where Self.bounds(range).count == 2:
            "A whole number from \(range.lowerBound) to \(range.upperBound)."
        case .language:
            "An ISO 639-1 language code of two letters."
        case .identifier:
            "An id: lowercase letters, digits and single hyphens."
        default:
            nil
        }
    }

    /// A field's example, declared as YAML in flow style, as the JSON an editor would read.
    func example(_ yaml: String, as type: FormatType) -> JSONValue {
        guard let node = YAMLLoader.load(Array(yaml.utf8), file: "example").root else { return .string(yaml) }
        return typed(node, as: type)
    }

    /// `node` as JSON, with numbers and booleans where `type` holds them.
    private func typed(_ node: YAMLNode, as type: FormatType) -> JSONValue {
        switch (node.content, type) {
        case (.scalar(let scalar), .integer), (.scalar(let scalar), .year):
            Int(scalar.text).map { .number(Double($0)) } ?? .string(scalar.text)
        case (.scalar(let scalar), .flag), (.scalar(let scalar), .boolean):
            ["true": true, "false": false][scalar.text].map(JSONValue.bool) ?? .string(scalar.text)
        case (.sequence(let items), .list(let inner)):
            .array(items.map { typed($0, as: inner) })
        case (.mapping(let entries), .map(let inner)), (.mapping(let entries), .languageMap(let inner)):
            .object(Dictionary(entries.map { ($0.key, typed($0.value, as: inner)) }, uniquingKeysWith: { first, _ in first }))
        case (.mapping(let entries), .section(let name)):
            .object(Dictionary(entries.map { entry in
                (entry.key, typed(entry.value, as: format[name]?.field(entry.key)?.type ?? .any))
            }, uniquingKeysWith: { first, _ in first }))
        default:
            JSONValue(node)
        }
    }
}
