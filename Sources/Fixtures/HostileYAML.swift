/// YAML built to hurt a parser: for tests that hostile input gets a clear error, quickly.
public enum HostileYAML {
    /// The "billion laughs": `levels` anchors, each a list of nine aliases of the one before,
    /// so a naive loader would expand 9^levels strings from a few hundred bytes.
    public static func billionLaughs(levels: Int = 9) -> String {
        var lines = ["lol0: &lol0 \"lol\""]
        for level in 1...levels {
            let aliases = Array(repeating: "*lol\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("lol\(level): &lol\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value nested `depth` flow lists deep: `[[[[…]]]]`.
    public static func deepNesting(depth: Int) -> String {
        "id: deep\nvalue: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    }

    /// A block mapping nested `depth` levels deep, one key per line, two spaces per level.
    public static func deepBlockNesting(depth: Int) -> String {
        (0..<depth).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " end\n"
    }

    /// A campaign whose summary is one line of about `bytes` bytes.
    public static func hugeField(bytes: Int) -> String {
        SampleCampaign.yaml(id: "huge", summaryLine: "summary: " + String(repeating: "é", count: bytes / 2))
    }
}
