extension NodeDecoder {
    mutating func demand(_ node: YAMLNode, index: Int) -> Demand? {
        let owner = Self.owner("demand", node: node, index: index)
        guard let fields = fields(of: node, owner: owner, section: "demand") else { return nil }
        let id = itemIdentifier(in: fields, kind: "demand")
        var cited: [Located<String>] = []
        if let sourcesNode = value("sources", in: fields),
           let items = list(sourcesNode, what: "the 'sources' of \(owner)", example: "[ilo-2022]") {
            cited = items.compactMap { identifier($0, what: "the source cited by \(owner)") }
        }
        return Demand(
            id: id,
            title: requiredText("title", in: fields, what: "the title of \(owner)"),
            body: requiredText("body", in: fields, what: "the body of \(owner)"),
            sources: cited)
    }

    mutating func source(_ node: YAMLNode, index: Int) -> Source? {
        let owner = Self.owner("source", node: node, index: index)
        guard let fields = fields(of: node, owner: owner, section: "source") else { return nil }
        let url = value("url", in: fields).flatMap { webAddress($0, what: "the url of \(owner)") }
        return Source(
            id: itemIdentifier(in: fields, kind: "source"),
            title: value("title", in: fields).flatMap { text($0, what: "the title of \(owner)") } ?? Located("", at: node.location),
            publisher: value("publisher", in: fields).flatMap { text($0, what: "the publisher of \(owner)") }
                ?? Located("", at: node.location),
            year: value("year", in: fields).flatMap { year($0, what: "the year of \(owner)") } ?? Located(0, at: node.location),
            url: url)
    }

    mutating func audience(_ node: YAMLNode, index: Int) -> Audience? {
        let owner = Self.owner("audience", node: node, index: index)
        guard let fields = fields(of: node, owner: owner, section: "audience") else { return nil }
        var audience = Audience(
            id: itemIdentifier(in: fields, kind: "audience"),
            title: requiredText("title", in: fields, what: "the title of \(owner)"),
            description: value("description", in: fields).flatMap { localizedText($0, what: "the description of \(owner)", kind: .multiline) })
        audience.stageData = stageData(of: "audience", in: fields)
        return audience
    }

    mutating func mailing(_ node: YAMLNode, index: Int) -> Mailing? {
        let owner = Self.owner("mailing", node: node, index: index)
        guard let fields = fields(of: node, owner: owner, section: "mailing") else { return nil }
        var mailing = Mailing(
            id: itemIdentifier(in: fields, kind: "mailing"),
            audience: value("audience", in: fields).flatMap { identifier($0, what: "the audience of \(owner)") }
                ?? Located("", at: node.location),
            subject: requiredText("subject", in: fields, what: "the subject of \(owner)"),
            body: requiredText("body", in: fields, what: "the body of \(owner)"))
        mailing.stageData = stageData(of: "mailing", in: fields)
        return mailing
    }

    mutating func pipeline(_ node: YAMLNode, declaredAt location: SourceLocation) -> PipelineSpec? {
        guard let items = list(node, what: "'pipeline'", example: "[draft]") else { return nil }
        var stages: [StageReference] = []
        for item in items {
            if let name = item.scalar, !name.isNull {
                stages.append(StageReference(name: Located(name.text, at: item.location), options: [], plugin: nil))
                continue
            }
            guard let fields = fields(of: item, owner: "a pipeline stage", section: "pipeline stage"),
                  let name = value("stage", in: fields).flatMap({ text($0, what: "the stage name") })
            else { continue }
            let plugin = fields["command"] == nil ? nil : pluginDeclaration(named: name, in: fields)
            var options: [YAMLMappingEntry] = []
            if let optionsNode = value("options", in: fields) {
                if let entries = optionsNode.mapping {
                    options = entries
                } else {
                    error("the options of stage '\(name.value)' should be keys and values such as 'list-sources: true'", at: optionsNode.location)
                }
            }
            stages.append(StageReference(name: name, options: options, plugin: plugin))
        }
        return PipelineSpec(stages: stages, location: location)
    }

    /// "demand 'fair-price'" when the item has a readable id, else "demand 3".
    public static func owner(_ kind: String, node: YAMLNode, index: Int) -> String {
        if let id = node["id"]?.scalar?.text, isIdentifier(id) { return "\(kind) '\(id)'" }
        return "\(kind) \(index)"
    }
}
