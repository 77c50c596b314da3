/// Builds the node tree from libyaml's events, enforcing the loader's strict rules.
///
/// The tree is built with an explicit stack, never by recursion, so nesting is bounded by
/// ``YAMLLoader/Limits/maximumDepth`` and not by the thread's stack.
struct YAMLTreeBuilder {
    private(set) var root: YAMLNode?
    private(set) var diagnostics: [Diagnostic] = []

    private let file: String
    private let limits: YAMLLoader.Limits
    private var stack: [Frame] = []
    private var documentCount = 0
    private var stopped = false
    /// Looks for hashtags after plain values; made at the first plain value.
    private var swallowedComments: SwallowedComment?

    /// A collection under construction.
    private enum Frame {
        case sequence(items: [YAMLNode], location: SourceLocation)
        case mapping(MappingFrame)
    }

    private struct MappingFrame {
        enum KeyState {
            case awaitingKey
            case key(String, SourceLocation)
            /// The key was not text: its value is read and dropped.
            case invalidKey
        }

        var entries: [YAMLMappingEntry] = []
        var keyState = KeyState.awaitingKey
        /// Where each key was first written; built only for large mappings, where a linear
        /// search would be slow.
        var index: [String: Int]?
        let location: SourceLocation

        func existing(_ key: String) -> YAMLMappingEntry? {
            if let index { return index[key].map { entries[$0] } }
            return entries.first { $0.key == key }
        }

        mutating func append(_ entry: YAMLMappingEntry) {
            entries.append(entry)
            if index != nil {
                index![entry.key] = entries.count - 1
            } else if entries.count > 16 {
                index = Dictionary(entries.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
            }
        }
    }

    /// Whether this builder reads a copy of a file with its unreadable bytes replaced, looking
    /// only for the problems libyaml can find in it.
    private let isSecondLook: Bool

    /// The text of the file, when the caller has it: the hashtag check reads its lines.
    private let source: SourceText?

    init(file: String, limits: YAMLLoader.Limits, isSecondLook: Bool = false, source: SourceText? = nil) {
        self.file = file
        self.source = source
        self.limits = limits
        self.isSecondLook = isSecondLook
    }

    mutating func build(from parser: LibYAMLEventParser) {
        while !stopped {
            switch parser.next() {
            case .failure(let error):
                report(YAMLProblemWording.diagnostic(for: error, file: file, input: parser.bytes))
                if !isSecondLook { reportOtherProblems(after: error, in: parser.bytes) }
                root = nil
                return
            case .success((let event, let location)):
                if case .scalar(let scalar, _, let end) = event { checkComment(after: scalar, endingAt: end, in: parser.bytes) }
                handle(event, at: location)
            }
        }
    }

    private mutating func handle(_ event: YAMLEvent, at location: SourceLocation) {
        switch event {
        case .streamStart, .documentEnd:
            break
        case .documentStart:
            documentCount += 1
            if documentCount > 1 {
                stop(.error(
                    "this file holds a second YAML document (a '---' line starts one); a campaign file holds exactly one",
                    at: location))
            }
        case .streamEnd:
            if documentCount == 0 {
                report(.error("the file is empty; a campaign starts with its 'id:'", at: location))
            }
            stopped = true
        case .scalar(let scalar, let properties, _):
            check(properties, at: location)
            checkCharacters(of: scalar, at: location)
            attach(YAMLNode(.scalar(scalar), at: location))
        case .sequenceStart(let properties):
            check(properties, at: location)
            push(.sequence(items: [], location: location), at: location)
        case .mappingStart(let properties):
            check(properties, at: location)
            push(.mapping(MappingFrame(location: location)), at: location)
        case .sequenceEnd, .mappingEnd:
            guard let frame = stack.popLast() else { return }
            switch frame {
            case .sequence(let items, let start): attach(YAMLNode(.sequence(items), at: start))
            case .mapping(let mapping): attach(YAMLNode(.mapping(mapping.entries), at: mapping.location))
            }
        case .alias(let name):
            report(.error(
                "YAML aliases ('*\(name)') are not accepted in campaign files; write the value out in full",
                at: location))
            attach(YAMLNode(.scalar(YAMLScalar(text: "", style: .plain)), at: location))
        }
    }

    private mutating func push(_ frame: Frame, at location: SourceLocation) {
        guard stack.count < limits.maximumDepth else {
            stop(.error(
                "the values here are nested more than \(limits.maximumDepth) levels deep; a campaign never needs that many",
                at: location))
            return
        }
        stack.append(frame)
    }

    /// Puts a finished node where it belongs: the root, a list item, a key, or a key's value.
    private mutating func attach(_ node: YAMLNode) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        // `consume` hands the frame's storage over, so appending does not copy the whole list.
        switch consume top {
        case .sequence(var items, let location):
            items.append(node)
            stack.append(.sequence(items: items, location: location))
        case .mapping(var mapping):
            switch mapping.keyState {
            case .awaitingKey:
                if let key = node.scalar, !key.text.isEmpty {
                    mapping.keyState = .key(key.text, node.location)
                } else {
                    report(.error("a key must be a plain word such as 'title', not \(node.shapeName)", at: node.location))
                    mapping.keyState = .invalidKey
                }
            case .invalidKey:
                mapping.keyState = .awaitingKey
            case .key(let key, let keyLocation):
                mapping.keyState = .awaitingKey
                if let first = mapping.existing(key) {
                    report(.error(
                        "the key '\(key)' is written twice here (first at line \(first.keyLocation.line)); keep one of them",
                        at: keyLocation,
                        notes: [.init("'\(key)' was first written here", at: first.keyLocation)]))
                } else {
                    mapping.append(YAMLMappingEntry(key: key, keyLocation: keyLocation, value: node))
                }
            }
            stack.append(.mapping(mapping))
        }
    }

    private mutating func check(_ properties: YAMLEvent.Properties, at location: SourceLocation) {
        if let anchor = properties.anchor {
            report(.error(
                "YAML anchors ('&\(anchor)') are not accepted in campaign files; write each value out in full",
                at: location))
        }
        if let tag = properties.tag, !Self.acceptedTags.contains(tag) {
            report(.error(
                "the YAML tag '\(Self.shortForm(of: tag))' is not accepted; campaign values are plain text, so remove the tag",
                at: location))
        }
    }

    /// The non-specific tag `!` and the core schema's tags, which change nothing here.
    private static let acceptedTags: Set<String> = [
        "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map",
    ]

    private static func shortForm(of tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    /// libyaml refuses raw control characters, but a double-quoted escape such as `"\0"` or
    /// `"\x07"` can still produce one: no text of any kind may hold it (``TextKind``).
    private mutating func checkCharacters(of scalar: YAMLScalar, at location: SourceLocation) {
        guard scalar.style == .doubleQuoted, let violation = TextKind.multiline.violation(in: scalar.text) else { return }
        report(.error(
            "this text contains \(violation.characterName), which cannot be shown or sent; remove its escape",
            at: location))
    }

    /// libyaml reads no further than its first problem: a look at the lines finds the others that
    /// need no parsing (tabs and non-breaking spaces as indentation, characters that are refused),
    /// so that one run reports them all. libyaml decodes the text before parsing it, so a bad byte
    /// anywhere hides every syntax error: those are looked for again in a copy with `?` in its
    /// place.
    private mutating func reportOtherProblems(after error: LibYAMLError, in bytes: UnsafeBufferPointer<UInt8>) {
        var others: [Diagnostic] = []
        if case .reader = error.kind {
            var secondLook = YAMLTreeBuilder(file: file, limits: limits, isSecondLook: true)
            secondLook.build(from: LibYAMLEventParser(bytes: IndependentProblems.readable(bytes), file: file))
            others += secondLook.diagnostics
        }
        others += IndependentProblems.scan(bytes, file: file)
        for problem in others where !stopped && !diagnostics.contains(where: { $0.location == problem.location }) {
            report(problem)
        }
    }

    /// Warns about a hashtag after a plain value, which YAML silently reads as a comment
    /// (``SwallowedComment``).
    private mutating func checkComment(after scalar: YAMLScalar, endingAt end: SourceLocation, in bytes: UnsafeBufferPointer<UInt8>) {
        guard scalar.style == .plain, !scalar.text.isEmpty else { return }
        if swallowedComments == nil { swallowedComments = SwallowedComment(source: source ?? SourceText(bytes: bytes)) }
        if let warning = swallowedComments!.warning(after: scalar, endingAt: end) { report(warning) }
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        if diagnostics.count >= limits.maximumProblems {
            stopped = true
            root = nil
            diagnostics.append(.error(
                "stopped reading this file after \(limits.maximumProblems) problems; fix these and run again",
                at: diagnostic.location))
        }
    }

    private mutating func stop(_ diagnostic: Diagnostic) {
        report(diagnostic)
        stopped = true
        root = nil
        stack.removeAll()
    }
}
