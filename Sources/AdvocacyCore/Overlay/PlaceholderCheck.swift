/// Checks the placeholders written in every text of a merged campaign: each is well-formed,
/// and each `{{vars.name}}` has a value under `vars:`. Texts keep their placeholders; papers
/// and mails fill them in when they render (``Campaign/fillingVars(in:)``), so that an
/// overlay's `vars` reach every language and translators see what a text stands for.
struct PlaceholderCheck {
    /// Top-level keys whose texts are not checked: the values themselves and declarations.
    static let untouchedKeys: Set<String> = ["vars", "template", "extends"]

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
            check(node: entry.value)
        }
    }

    private mutating func check(node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            guard PlaceholderScan.mayHavePlaceholder(scalar.text) || scalar.text.contains("}}") else { return }
            check(scalar.text, at: node.location)
        case .sequence(let items):
            for item in items { check(node: item) }
        case .mapping(let entries):
            for entry in entries { check(node: entry.value) }
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
