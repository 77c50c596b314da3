extension MarkdownRenderer {
    /// How the text is read, beyond CommonMark and the GitHub extensions, which are always on.
    public struct Options: OptionSet, Sendable, Hashable {
        /// The options, one bit each.
        public let rawValue: Int

        /// Creates options from their raw bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Straight quotes become curly, `--` an en dash, `---` an em dash, `...` an ellipsis.
        public static let smartPunctuation = Options(rawValue: 1 << 0)
        /// Every line break in a paragraph becomes `<br />`, not just those after two spaces.
        public static let hardBreaks = Options(rawValue: 1 << 1)
    }
}
