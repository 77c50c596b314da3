/// What changed between two builds of a campaign, from their manifests: the files added,
/// removed and changed, and for a changed text file its lines side by side.
struct PreviewChanges {
    /// A changed text file's differing lines: each row the previous line and the new one,
    /// either side empty where a line was only removed or only added.
    struct SideBySide {
        let path: String
        let rows: [(old: String?, new: String?)]
    }

    let added: [String]
    let removed: [String]
    let changed: [String]
    let sideBySide: [SideBySide]

    /// The changes from `previous` to the files of `manifest`, whose texts `current` reads.
    init(from previous: PreviousBuild?, to manifest: [String: String], current: (String) -> String?) {
        let before = Dictionary((previous?.manifest.files ?? []).map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        added = manifest.keys.filter { before[$0] == nil }.sorted()
        removed = before.keys.filter { manifest[$0] == nil }.sorted()
        changed = manifest.filter { path, sha in before[path].map { $0 != sha } ?? false }.map(\.key).sorted()
        sideBySide = changed.compactMap { path in
            guard let old = previous?.texts[path], let new = current(path) else { return nil }
            return SideBySide(path: path, rows: Self.differingLines(old: old, new: new))
        }
    }

    /// The lines that differ between `old` and `new`, paired where both sides changed, after
    /// the longest common subsequence of lines (for files of at most a few thousand lines;
    /// beyond, the whole texts side by side).
    static func differingLines(old: String, new: String) -> [(old: String?, new: String?)] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a.count * b.count <= 4_000_000 else { return [(old, new)] }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var rows: [(old: String?, new: String?)] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            for index in 0..<max(removed.count, added.count) {
                rows.append((index < removed.count ? removed[index] : nil, index < added.count ? added[index] : nil))
            }
            removed = []
            added = []
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                added.append(b[j])
                j += 1
            } else {
                removed.append(a[i])
                i += 1
            }
        }
        flush()
        return rows
    }
}
