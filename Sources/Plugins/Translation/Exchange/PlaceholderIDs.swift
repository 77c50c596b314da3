/// The ids of a unit's `<ph>` elements in XLIFF 2.0: numbered in the source, in order; in the
/// target, each placeholder takes the id of an unused one written the same in the source, as
/// XLIFF wants a target's codes to match the source's. One the source lacks gets a new number.
struct PlaceholderIDs {
    private var next = 1
    private var unused: [String: [String]] = [:]

    /// The id of the next placeholder of the source.
    mutating func numberInSource(_ written: String) -> String {
        let id = fresh()
        unused[written, default: []].append(id)
        return id
    }

    /// The id for a placeholder of the target.
    mutating func matchInTarget(_ written: String) -> String {
        guard var ids = unused[written], !ids.isEmpty else { return fresh() }
        let id = ids.removeFirst()
        unused[written] = ids
        return id
    }

    private mutating func fresh() -> String {
        defer { next += 1 }
        return String(next)
    }
}
