/// Checks the placeholders written in every text of a merged campaign: each is well-formed,
/// and each `{{vars.name}}` has a value under `vars:`. Texts keep their placeholders; papers
/// and mails fill them in when they render (``Campaign/fillingVars(in:)``), so that an
/// overlay's `vars` reach every language and translators see what a text stands for.
struct PlaceholderCheck {
    /// Top-level keys whose texts are not checked: the values themselves and declarations.
    static let untouchedKeys: Set<String> = ["vars", "template", "extends"]
    /// Top-level keys that hold settings, not texts: nothing fills a placeholder in them, so a
    /// `{{vars.…}}` there is refused rather than left to reach a program as written.
    static let settingKeys: Set<String> = ["pipeline"]

    private let values: Set<String>
    private let sources: [String: SourceText]
    private(set) var diagnostics: [Diagnostic] = []

    /// A check against the merged campaign's `vars:`, pointing into the layers' `sources`.
    init(vars: YAMLNode?, sources: [String: SourceText]) {
        values = Set((vars?.mapping ?? []).compactMap { $0.value.scalar == nil ? nil : $0.key })
        self.sources = sources
    }

    /// Checks every text of `root` but those under ``untouchedKeys``.
    mutating func check(_ root: YAMLNode) {
        for entry in root.mapping ?? [] where !Self.untouchedKeys.contains(entry.key) {
            check(node: entry.value, isSetting: Self.settingKeys.contains(entry.key))
        }
    }

    private mutating func check(node: YAMLNode, isSetting: Bool) {
        switch node.content {
        case .scalar(let scalar):
            guard PlaceholderScan.mayHavePlaceholder(scalar.text) || scalar.text.contains("}}") else { return }
            if isSetting {
                refuseVars(in: scalar.text, at: node.location)
            } else {
                check(scalar.text, at: node.location)
            }
        case .sequence(let items):
            for item in items { check(node: item, isSetting: isSetting) }
        case .mapping(let entries):
            for entry in entries { check(node: entry.value, isSetting: isSetting) }
        }
    }

    private mutating func refuseVars(in text: String, at location: SourceLocation) {
        let scan = PlaceholderScan(text)
        for placeholder in scan.placeholders where placeholder.namespace == "vars" {
            let place = PlaceholderLocation.location(ofOffset: placeholder.range.lowerBound, in: text, writtenAt: location, source: sources[location.file])
            diagnostics.append(.error(
                "\(placeholder.written) is not filled in here: placeholders are filled in texts, when a paper or mail renders them; write the value itself",
                at: place))
        }
    }

    private mutating func check(_ text: String, at location: SourceLocation) {
        let scan = PlaceholderScan(text)
        for problem in scan.problems {
            let place = PlaceholderLocation.location(ofOffset: problem.offset, in: text, writtenAt: location, source: sources[location.file])
            diagnostics.append(.error(problem.message, at: place))
        }
        for placeholder in scan.placeholders where placeholder.namespace == "vars" && !values.contains(String(placeholder.path)) {
            let name = String(placeholder.path)
            let place = PlaceholderLocation.location(ofOffset: placeholder.range.lowerBound, in: text, writtenAt: location, source: sources[location.file])
            diagnostics.append(.error(
                "this text uses {{vars.\(name)}}, but no 'vars:' in this campaign or what it extends gives '\(name)' a value\(Suggestion.clause(for: name, among: values))",
                at: place))
        }
    }
}
