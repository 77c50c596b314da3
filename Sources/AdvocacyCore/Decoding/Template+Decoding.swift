extension NodeDecoder {
    mutating func template(_ node: YAMLNode) -> TemplateDeclaration? {
        guard let fields = fields(of: node, owner: "the template declaration", section: "template") else {
            return nil
        }
        let version = value("version", in: fields).flatMap { text($0, what: "the template version") }
        if let version, !AdvocateVersion.isVersion(version.value) {
            error("the template version '\(version.value)' should be numbers such as 1.0.0", at: version.location)
        }
        let requirement = value("advocate", in: fields).flatMap { text($0, what: "the advocate version the template needs") }
        if let requirement {
            if !AdvocateVersion.isVersion(requirement.value) {
                error("'advocate: \(requirement.value)' should be the oldest advocate version that builds this template, such as 0.1", at: requirement.location)
            } else if !AdvocateVersion.current.isAtLeast(requirement.value) {
                error(
                    "this template needs advocate \(requirement.value) or later, and this is advocate \(AdvocateVersion.current.text); update advocate",
                    at: requirement.location)
            }
        }
        var variables: [TemplateVariable] = []
        if let list = value("variables", in: fields).flatMap({ list($0, what: "'variables'", example: "'- name: parliament'") }) {
            for item in list {
                guard let variable = self.fields(of: item, owner: "a template variable", section: "template variable"),
                      let name = value("name", in: variable).flatMap({ text($0, what: "the variable name") }),
                      let description = value("description", in: variable).flatMap({ text($0, what: "the variable description") })
                else { continue }
                variables.append(TemplateVariable(name: name, description: description))
            }
        }
        return TemplateDeclaration(
            version: version ?? Located("", at: node.location),
            description: value("description", in: fields).flatMap { localizedText($0, what: "the template description", kind: .multiline) },
            variables: variables,
            requiredAdvocate: requirement)
    }
}
