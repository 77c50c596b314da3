/// Reads a YAML file into a tree of ``YAMLNode``s, strictly: one document, no anchors, aliases or
/// application tags, no duplicate keys, bounded nesting, and every scalar kept as text.
///
/// Problems come back as diagnostics rather than thrown, so that one run reports all of them.
public enum YAMLLoader {
    /// What loading produced: the root node when the file could be read as a whole, and every
    /// problem found on the way.
    public struct Result: Sendable {
        /// The document's root, or `nil` when the file is empty or could not be parsed to its end.
        public var root: YAMLNode?
        /// The problems, in the order they were found.
        public var diagnostics: [Diagnostic]
    }

    /// Bounds that keep hostile files cheap.
    public struct Limits: Sendable {
        /// Collections nested deeper than this are refused.
        public var maximumDepth: Int
        /// After this many problems in one file the loader stops reading it.
        public var maximumProblems: Int

        /// The defaults: 64 levels (a campaign needs fewer than 10) and 50 problems.
        public static let standard = Limits(maximumDepth: 64, maximumProblems: 50)

        /// Creates limits.
        public init(maximumDepth: Int, maximumProblems: Int) {
            self.maximumDepth = maximumDepth
            self.maximumProblems = maximumProblems
        }
    }

    /// Loads the YAML document in `bytes`; `file` names it in diagnostics. `source`, when the
    /// caller already holds the bytes' ``SourceText``, spares the loader a copy of the file.
    public static func load(_ bytes: [UInt8], file: String, limits: Limits = .standard, source: SourceText? = nil) -> Result {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let start = SourceLocation(file: file, line: 1, column: 1)
            return Result(root: nil, diagnostics: [.error("the file is saved as UTF-16; save it as UTF-8 in your editor", at: start)])
        }
        var builder = YAMLTreeBuilder(file: file, limits: limits, source: source)
        let parser = LibYAMLEventParser(bytes: bytes, file: file)
        builder.build(from: parser)
        return Result(root: builder.root, diagnostics: builder.diagnostics)
    }
}
