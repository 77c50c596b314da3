/// Merges an overlay's YAML over its parent's, keeping the history of every value.
///
/// The rules (docs/templates.md):
/// - mappings merge key by key;
/// - lists whose items all have an `id` merge by id: an overlay item changes the parent's item
///   of the same id field by field, `remove: true` drops it, `after:` or `before:` an id places
///   it, and an item with a new id is added (at the end unless placed);
/// - any other value, lists included, is replaced whole;
/// - keys holding people are withheld unless the overlay inherits them (``PeopleInheritance``):
///   what the overlay writes of them stands alone.
struct OverlayMerger {
    /// The keys that steer a list merge and never reach the campaign.
    static let directives = ["remove", "after", "before"]

    private(set) var diagnostics: [Diagnostic] = []
    /// Where an overlay removed an item, by the list's key and the item's id (`sources.ilo-2022`).
    private(set) var removals: [String: SourceLocation] = [:]
    /// The top-level keys some overlay did not inherit, to explain a `remove:` that finds nothing.
    private var withheldKeys: Set<String> = []

    /// `overlay` merged over `base` without the base's top-level keys in `withheld`: an
    /// identified list the overlay writes under one of them is merged over an empty one, so its
    /// directives are spent and a `remove:` says why there is nothing to remove.
    mutating func merge(_ base: YAMLNode, with overlay: YAMLNode, withholding withheld: Set<String>) -> YAMLNode {
        guard var baseEntries = base.mapping, var overlayEntries = overlay.mapping else { return merge(base, with: overlay) }
        let dropped = Set(baseEntries.map(\.key)).intersection(withheld)
        guard !dropped.isEmpty else { return merge(base, with: overlay) }
        withheldKeys.formUnion(dropped)
        baseEntries.removeAll { dropped.contains($0.key) }
        for (index, entry) in overlayEntries.enumerated() where dropped.contains(entry.key) {
            guard let items = entry.value.sequence, Self.isIdentified(items) else { continue }
            overlayEntries[index].value = YAMLNode(
                .sequence(mergeIdentified([], items, key: entry.key)), at: entry.value.location, history: entry.value.history)
        }
        return merge(
            YAMLNode(.mapping(baseEntries), at: base.location, history: base.history),
            with: YAMLNode(.mapping(overlayEntries), at: overlay.location, history: overlay.history))
    }

    mutating func merge(_ base: YAMLNode, with overlay: YAMLNode, key: String = "") -> YAMLNode {
        let history = base.history + [base.location]
        switch (base.content, overlay.content) {
        case (.mapping(let baseEntries), .mapping(let overlayEntries)):
            return YAMLNode(.mapping(mergeMappings(baseEntries, overlayEntries)), at: overlay.location, history: history)
        case (.sequence(let baseItems), .sequence(let overlayItems))
            where Self.isIdentified(baseItems) && Self.isIdentified(overlayItems):
            return YAMLNode(.sequence(mergeIdentified(baseItems, overlayItems, key: key)), at: overlay.location, history: history)
        default:
            var replaced = overlay
            replaced.history = history
            return replaced
        }
    }

    private mutating func mergeMappings(_ base: [YAMLMappingEntry], _ overlay: [YAMLMappingEntry]) -> [YAMLMappingEntry] {
        var merged = base
        for entry in overlay {
            if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                merged[index] = YAMLMappingEntry(
                    key: entry.key, keyLocation: entry.keyLocation, value: merge(merged[index].value, with: entry.value, key: entry.key))
            } else {
                merged.append(entry)
            }
        }
        return merged
    }

    private mutating func mergeIdentified(_ base: [YAMLNode], _ overlay: [YAMLNode], key: String) -> [YAMLNode] {
        var merged = base
        for item in overlay {
            guard let id = Self.id(of: item) else { continue }
            let existing = merged.firstIndex { Self.id(of: $0) == id }
            if item["remove"]?.scalar?.text == "true" {
                if let existing {
                    merged.remove(at: existing)
                    removals["\(key).\(id)"] = item.location
                } else if withheldKeys.contains(key) {
                    diagnostics.append(.error(
                        "there is no '\(id)' to remove: an overlay does not inherit the '\(key)' of the campaign it extends unless its 'inherit:' names them; delete this item",
                        at: item.location))
                } else {
                    diagnostics.append(.error(
                        "there is no '\(id)' to remove in the campaign this one extends\(Suggestion.clause(for: id, among: merged.compactMap(Self.id)))",
                        at: item.location))
                }
                continue
            }
            let change = Self.withoutDirectives(item)
            let placed = existing.map { merge(merged.remove(at: $0), with: change) } ?? change
            merged.insert(placed, at: position(for: item, in: merged, default: existing ?? merged.count))
        }
        return merged
    }

    /// Where `after:` or `before:` puts an item; `fallback` when it says neither.
    private mutating func position(for item: YAMLNode, in items: [YAMLNode], default fallback: Int) -> Int {
        for (key, offset) in [("after", 1), ("before", 0)] {
            guard let anchor = item[key] else { continue }
            let target = anchor.scalar?.text ?? ""
            if let index = items.firstIndex(where: { Self.id(of: $0) == target }) { return index + offset }
            diagnostics.append(.error(
                "'\(key): \(target)' names no item of this list\(Suggestion.clause(for: target, among: items.compactMap(Self.id)))",
                at: anchor.location))
        }
        return min(fallback, items.count)
    }

    static func isIdentified(_ items: [YAMLNode]) -> Bool {
        !items.isEmpty && items.allSatisfy { id(of: $0) != nil }
    }

    static func id(of node: YAMLNode) -> String? {
        node["id"]?.scalar?.text
    }

    /// An overlay item without its merge directives, which mean nothing once it is placed.
    static func withoutDirectives(_ item: YAMLNode) -> YAMLNode {
        guard case .mapping(let entries) = item.content else { return item }
        return YAMLNode(.mapping(entries.filter { !directives.contains($0.key) }), at: item.location, history: item.history)
    }
}
