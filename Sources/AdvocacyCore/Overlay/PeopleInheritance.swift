/// What an overlay takes of the people of the files it extends. Keys declared as holding people
/// (``FormatField/holdsPeople``: contact exports, audiences, mailings…) are not inherited
/// unless the overlay's `inherit:` names them; one that does is warned, naming what it takes
/// and from where, so that writing to another organisation's people is a conscious choice.
struct PeopleInheritance {
    /// The format, for the keys holding people and the files they name.
    let format: FormatDeclaration

    /// The people keys `layer` inherits, read from its `inherit:`; problems name the value at fault.
    func inherited(by layer: Layer) -> (keys: Set<String>, problems: [Diagnostic]) {
        guard let node = layer.root["inherit"] else { return ([], []) }
        let allowed = format.peopleKeys
        let shape = "'inherit' is a list of the keys this overlay takes from the file it extends, among \(allowed.joined(separator: ", "))"
        guard let items = node.sequence else { return ([], [.error("\(shape), such as [\(allowed.first ?? "")]", at: node.location)]) }
        var keys: Set<String> = []
        var problems: [Diagnostic] = []
        for item in items {
            guard let key = item.scalar?.text, allowed.contains(key) else {
                let written = item.scalar?.text ?? ""
                problems.append(.error("\(shape); '\(written)' is not one\(Suggestion.clause(for: written, among: allowed))", at: item.location))
                continue
            }
            keys.insert(key)
        }
        return (keys, problems)
    }

    /// A warning at each key of the campaign's own `layer` that inherits people `base` holds,
    /// naming the file they were declared in, its layer and the files of people it names.
    func warnings(for layer: Layer, over base: YAMLNode, layers: [Layer]) -> [Diagnostic] {
        guard let items = layer.root["inherit"]?.sequence else { return [] }
        return items.compactMap { item -> Diagnostic? in
            guard let key = item.scalar?.text, let value = base[key], let field = format["campaign"]?.field(key) else { return nil }
            let file = value.location.file
            let name = layers.first { $0.file == file }.map { "'\($0.name)' (\(file))" } ?? file
            let files = Self.paths(in: value, type: field.type, format: format)
            let people = files.isEmpty
                ? "people it did not declare itself"
                : "people from files it did not declare itself: \(files.joined(separator: ", "))"
            return .warning(
                "this campaign inherits the '\(key)' of \(name), so it would list or mail \(people); keep it only if they agreed to hear from this campaign's partner, or declare your own '\(key)' and remove it from 'inherit'",
                at: item.location, notes: [.init("'\(key)' is declared here", at: value.location)])
        }
    }

    /// The project files a value of `type` names (``FormatType/path``), in order.
    static func paths(in node: YAMLNode, type: FormatType, format: FormatDeclaration) -> [String] {
        switch type {
        case .path:
            return node.scalar.map { [$0.text] } ?? []
        case .list(let item):
            return (node.sequence ?? []).flatMap { paths(in: $0, type: item, format: format) }
        case .section(let name):
            guard let section = format[name] else { return [] }
            return (node.mapping ?? []).flatMap { entry in
                section.field(entry.key).map { paths(in: entry.value, type: $0.type, format: format) } ?? []
            }
        default:
            return []
        }
    }
}
