internal import CYAML

/// One parsing event from libyaml, copied out of C memory into Swift values.
enum YAMLEvent {
    case streamStart, streamEnd
    case documentStart, documentEnd
    /// A scalar, with where it ends: the loader looks at the rest of that line for a comment
    /// that libyaml, which reports no comments, has silently dropped.
    case scalar(YAMLScalar, Properties, end: SourceLocation)
    case sequenceStart(Properties)
    case sequenceEnd
    case mappingStart(Properties)
    case mappingEnd
    case alias(name: String)

    /// The anchor and tag a node was written with, which the loader refuses.
    struct Properties {
        var anchor: String?
        var tag: String?
    }
}

/// libyaml's event parser over an in-memory buffer. Owns the `yaml_parser_t` and the input it
/// reads, and converts libyaml's 0-based marks to 1-based ``SourceLocation``s here, once.
final class LibYAMLEventParser {
    private var parser = yaml_parser_t()
    /// libyaml keeps a pointer to the input, so the buffer lives as long as the parser.
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let file: String

    init(bytes: [UInt8], file: String) {
        self.file = file
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        yaml_parser_initialize(&parser)
        // The encoding is left for libyaml to detect, so that it skips a UTF-8 byte order mark;
        // YAMLLoader refuses UTF-16 before parsing.
        yaml_parser_set_input_string(&parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        input.deallocate()
    }

    /// The input, for wording errors that need to look at the bytes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(input) }

    /// The next event and where it starts, or the parse error that stops the stream.
    func next() -> Swift.Result<(YAMLEvent, SourceLocation), LibYAMLError> {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(currentError()) }
        defer { yaml_event_delete(&event) }
        return .success((convert(event), location(of: event.start_mark)))
    }

    private func location(of mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func convert(_ event: yaml_event_t) -> YAMLEvent {
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let properties = YAMLEvent.Properties(anchor: Self.string(data.anchor), tag: Self.string(data.tag))
            return .scalar(YAMLScalar(text: text, style: Self.style(data.style)), properties, end: location(of: event.end_mark))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .sequenceStart(.init(anchor: Self.string(data.anchor), tag: Self.string(data.tag)))
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .mappingStart(.init(anchor: Self.string(data.anchor), tag: Self.string(data.tag)))
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        case YAML_ALIAS_EVENT: return .alias(name: Self.string(event.data.alias.anchor) ?? "")
        default: return .streamEnd  // YAML_NO_EVENT: libyaml emits it only after the stream ended.
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private func currentError() -> LibYAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        switch parser.error {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset instead of a mark.
            return LibYAMLError(
                kind: .reader(offset: parser.problem_offset, value: parser.problem_value),
                problem: problem, context: nil, problemLocation: nil, contextLocation: nil)
        case YAML_MEMORY_ERROR:
            return LibYAMLError(kind: .memory, problem: problem, context: nil, problemLocation: nil, contextLocation: nil)
        default:
            return LibYAMLError(
                kind: .syntax, problem: problem, context: context,
                problemLocation: location(of: parser.problem_mark),
                contextLocation: context == nil ? nil : location(of: parser.context_mark))
        }
    }
}

/// libyaml's account of why it stopped, before it is worded for people.
struct LibYAMLError: Error {
    enum Kind {
        /// The bytes are not valid UTF-8 or hold a forbidden character, at a byte offset.
        case reader(offset: Int, value: Int32)
        case syntax
        case memory
    }

    var kind: Kind
    var problem: String
    var context: String?
    var problemLocation: SourceLocation?
    var contextLocation: SourceLocation?
}
