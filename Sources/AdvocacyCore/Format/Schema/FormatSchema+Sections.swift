extension FormatSchema {
    /// A section's mapping: its keys with their help and examples, which must be written, and
    /// the other forms it may take. In an overlay nothing is required, and a section with an
    /// `id` (an item of a list merged by id) may carry `remove`, `after` and `before`.
    func sectionSchema(_ section: FormatSection, overlay: Bool) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for field in section.fields {
            properties[field.key] = fieldSchema(field, overlay: overlay)
        }
        if overlay, section.field("id") != nil, section.name != "campaign" {
            properties["remove"] = ["const": true, "description": "Drops the item of this id from the list the overlay extends."]
            properties["after"] = ["type": "string", "description": "Places the item after the item of this id."]
            properties["before"] = ["type": "string", "description": "Places the item before the item of this id."]
        }
        var mapping: [String: JSONValue] = [
            "type": "object",
            "title": .string(section.name),
            "description": .string(section.help),
            "properties": .object(properties),
        ]
        if !overlay, !section.requiredKeys.isEmpty {
            mapping["required"] = .array(section.requiredKeys.map(JSONValue.string))
        }
        if let other = section.otherKeys {
            mapping["propertyNames"] = .object(["anyOf": .array([
                .object(["enum": .array(section.keys.map(JSONValue.string) + (overlay ? ["remove", "after", "before"] : []))]),
                typeSchema(.language, overlay: overlay),
            ])])
            mapping["additionalProperties"] = typeSchema(other.type, overlay: overlay)
        } else {
            mapping["additionalProperties"] = false
        }
        if section.name == CampaignFormat.pipelineStage.name {
            mapping["allOf"] = .array(stageOptionRules())
        }
        guard !section.otherForms.isEmpty else { return .object(mapping) }
        // A mapping is checked as the section (so an editor names the key at fault), anything
        // else against the other forms.
        return .object([
            "description": .string(section.help),
            "if": ["type": "object"],
            "then": .object(mapping),
            "else": ["anyOf": .array(section.otherForms.map { typeSchema($0, overlay: overlay) })],
        ])
    }

    /// A key's schema: its type's, with its help and its example.
    func fieldSchema(_ field: FormatField, overlay: Bool) -> JSONValue {
        guard case .object(var schema) = typeSchema(field.type, overlay: overlay) else { return typeSchema(field.type, overlay: overlay) }
        let help = typeHelp(field.type).map { field.help + " " + $0 } ?? field.help
        schema["description"] = .string(help)
        schema["examples"] = .array([example(field.example, as: field.type)])
        return .object(schema)
    }

    /// For each built-in stage, the options it takes when a pipeline item names it.
    func stageOptionRules() -> [JSONValue] {
        stages.map { stage in
            var options: [String: JSONValue] = [:]
            for option in stage.options {
                guard case .object(var schema) = typeSchema(option.type, overlay: false) else { continue }
                schema["description"] = .string(option.help)
                if let value = Self.json(option.defaultValue) { schema["default"] = value }
                options[option.name] = .object(schema)
            }
            return [
                "if": ["properties": ["stage": ["const": .string(stage.name)]], "required": ["stage"]],
                "then": ["properties": ["options": .object([
                    "type": "object",
                    "description": .string("The options of stage '\(stage.name)': \(stage.summary)"),
                    "properties": .object(options),
                    "additionalProperties": false,
                ])]],
            ]
        }
    }

    /// A stage option's default as JSON; `nil` for an option that has none.
    static func json(_ value: OptionValue) -> JSONValue? {
        switch value {
        case .bool(let value): .bool(value)
        case .integer(let value): .number(Double(value))
        case .text(let value): value.isEmpty ? nil : .string(value)
        case .command(let words): words.isEmpty ? nil : .array(words.map(JSONValue.string))
        }
    }
}
