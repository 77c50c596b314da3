/// A dotted path to a value of a campaign, such as `demands.fair-price.body.fr`: mapping keys
/// by name, and items of lists by their id.
public enum KeyPath {
    /// The node `path` names under `root`, or `nil` when it names nothing.
    public static func node(at path: String, in root: YAMLNode) -> YAMLNode? {
        var node = root
        for component in path.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            switch node.content {
            case .mapping:
                guard let next = node[component] else { return nil }
                node = next
            case .sequence(let items):
                guard let next = items.first(where: { $0["id"]?.scalar?.text == component }) else { return nil }
                node = next
            case .scalar:
                return nil
            }
        }
        return node
    }

    /// The names that could follow `path`, for a "did you mean" when a path names nothing.
    public static func children(of node: YAMLNode) -> [String] {
        switch node.content {
        case .mapping(let entries): entries.map(\.key)
        case .sequence(let items): items.compactMap { $0["id"]?.scalar?.text }
        case .scalar: []
        }
    }
}
