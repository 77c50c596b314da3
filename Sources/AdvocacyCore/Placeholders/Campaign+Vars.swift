extension Campaign {
    /// The values of the campaign's `vars:`, keyed by the name their placeholders use:
    /// `vars.organisation`.
    public var placeholderValues: [String: String] {
        Dictionary(vars.map { ("vars.\($0.key)", $0.value.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// `text` with each `{{vars.name}}` replaced by the campaign's value for it, as a paper or
    /// mail shows it; other placeholders stay as written.
    public func fillingVars(in text: String) -> String {
        guard !vars.isEmpty else { return text }
        return PlaceholderScan.substituting(placeholderValues, in: text)
    }
}
