extension FormatDeclaration {
    /// What is wrong with the declaration itself, for a test to check, as a stage's author
    /// would for the keys the stage adds: a section or key declared twice, a key without a
    /// sentence of help, an example that is not YAML or does not fit its type, a type naming a
    /// section that is not declared, keys added to a section the core does not have, a reader
    /// for a section whose mappings keep no stage data (it would never run). Empty
    /// when the format is sound.
    public var problems: [String] {
        var problems = unknownExtended.map { "keys are added to the section '\($0)', which the core does not declare" }
        problems += readers.keys.filter { !Self.sectionsWithStageData.contains($0) }.sorted().map {
            "a reader is given for the section '\($0)', which keeps no stage data; read keys of 'campaign' or 'audience'"
        }
        var names: Set<String> = []
        for section in sections {
            if !names.insert(section.name).inserted { problems.append("the section '\(section.name)' is declared twice") }
            if section.help.isEmpty { problems.append("the section '\(section.name)' has no help") }
            var keys: Set<String> = []
            for field in section.fields {
                let name = "\(section.name).\(field.key)"
                if !keys.insert(field.key).inserted { problems.append("\(name) is declared twice") }
                if !field.help.hasSuffix(".") { problems.append("\(name) needs a sentence of help, ending with a full stop") }
                problems += exampleProblems(field, name: name)
                for referenced in field.type.referencedSections where self[referenced] == nil {
                    problems.append("\(name) names the section '\(referenced)', which is not declared")
                }
            }
        }
        return problems
    }

    private func exampleProblems(_ field: FormatField, name: String) -> [String] {
        let loaded = YAMLLoader.load(Array(field.example.utf8), file: name)
        guard let node = loaded.root, !loaded.diagnostics.hasErrors else {
            return ["the example of \(name) is not YAML: '\(field.example)'"]
        }
        let fits = switch field.type {
        case .list: node.sequence != nil
        case .section, .map, .languageMap: node.mapping != nil
        case .localizedText, .any: true
        default: node.scalar.map { !$0.isNull } == true
        }
        return fits ? [] : ["the example of \(name) does not fit its type: '\(field.example)'"]
    }
}

extension FormatType {
    /// The sections this type names, at any depth.
    var referencedSections: [String] {
        switch self {
        case .section(let name): [name]
        case .list(let inner), .map(let inner), .languageMap(let inner): inner.referencedSections
        default: []
        }
    }
}
