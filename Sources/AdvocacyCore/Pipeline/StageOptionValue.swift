/// A type a stage option can have: how a value is read from the campaign's YAML, what messages
/// and listings call the type, and how a value shows. `Bool`, `Int`, `String` (one line),
/// ``Command``, ``ProjectPath``, an optional of any of these, and every ``StageOptionChoice``
/// enum are option types.
public protocol StageOptionValue: Sendable {
    /// The type, as it follows "should be" in messages: "true or false", "a whole number".
    static var typeName: String { get }
    /// The values it may take, for a choice from a closed set; empty otherwise.
    static var choices: [String] { get }
    /// The type as the campaign format declares values (``FormatType``), for the JSON Schema
    /// and the format reference.
    static var formatType: FormatType { get }
    /// The value `node` holds, or why it holds none; `option` names the option and gives the
    /// project a path is checked against.
    static func read(_ node: YAMLNode, as option: OptionReading) -> Result<Self, OptionMismatch>
    /// The value as listings show it and the trust rule sees it.
    var optionValue: OptionValue { get }
}

extension StageOptionValue {
    public static var choices: [String] { [] }
    public static var formatType: FormatType { .any }
}

/// What reading an option's value knows: which option it is, and the project.
public struct OptionReading: Sendable {
    /// "option 'provider' of stage 'translate'", to begin a message.
    public let subject: String
    /// The project whose paths the value may name; `nil` where there is none to check against.
    public let project: Project?

    /// "option 'x' of stage 'y' should be <what>".
    public func shouldBe(_ what: String) -> OptionMismatch {
        OptionMismatch("\(subject) should be \(what)")
    }
}

/// Why a value cannot be an option's: a whole sentence, reported at the value.
public struct OptionMismatch: Error, Sendable, Equatable {
    /// The sentence.
    public let message: String

    /// A mismatch saying `message`.
    public init(_ message: String) {
        self.message = message
    }
}

extension Bool: StageOptionValue {
    public static var typeName: String { "true or false" }
    public static var formatType: FormatType { .boolean }

    public static func read(_ node: YAMLNode, as option: OptionReading) -> Result<Bool, OptionMismatch> {
        switch node.scalar.map({ ($0.style, $0.text) }) {
        case (.plain, "true")?: .success(true)
        case (.plain, "false")?: .success(false)
        default: .failure(option.shouldBe(typeName))
        }
    }

    public var optionValue: OptionValue { .bool(self) }
}

extension Int: StageOptionValue {
    public static var typeName: String { "a whole number" }
    public static var formatType: FormatType { .integer(Int.min...Int.max) }

    public static func read(_ node: YAMLNode, as option: OptionReading) -> Result<Int, OptionMismatch> {
        node.scalar.flatMap { Int($0.text) }.map(Result.success) ?? .failure(option.shouldBe(typeName))
    }

    public var optionValue: OptionValue { .integer(self) }
}

/// Text on one line: no line breaks, no control characters.
extension String: StageOptionValue {
    public static var typeName: String { "text on one line" }
    public static var formatType: FormatType { .text(.line) }

    public static func read(_ node: YAMLNode, as option: OptionReading) -> Result<String, OptionMismatch> {
        guard let scalar = node.scalar, !scalar.isNull else { return .failure(option.shouldBe(typeName)) }
        if let violation = TextKind.line.violation(in: scalar.text) { return .failure(OptionMismatch(violation.message(for: option.subject))) }
        return .success(scalar.text)
    }

    public var optionValue: OptionValue { .text(self) }
}

/// An option that may be left out: `nil` unless the campaign gives it, shown as `""`.
extension Optional: StageOptionValue where Wrapped: StageOptionValue {
    public static var typeName: String { Wrapped.typeName }
    public static var choices: [String] { Wrapped.choices }
    public static var formatType: FormatType { Wrapped.formatType }

    public static func read(_ node: YAMLNode, as option: OptionReading) -> Result<Wrapped?, OptionMismatch> {
        Wrapped.read(node, as: option).map(Optional.some)
    }

    public var optionValue: OptionValue { self?.optionValue ?? .text("") }
}

/// A program and its arguments, run without a shell: the option kind the trust rule
/// (``PluginTrust``) covers wherever a campaign writes it.
public struct Command: StageOptionValue, Equatable {
    /// The program, then its arguments; empty for none.
    public var words: [String]

    /// A command of `words`.
    public init(_ words: [String]) {
        self.words = words
    }

    public static var typeName: String { "a command: a list of a program and its arguments" }
    public static var formatType: FormatType { .list(.text(.line)) }

    public static func read(_ node: YAMLNode, as option: OptionReading) -> Result<Command, OptionMismatch> {
        guard case .sequence(let items) = node.content else { return .failure(option.shouldBe(typeName)) }
        let words = items.compactMap { $0.scalar.flatMap { $0.isNull ? nil : $0.text } }
        return words.count == items.count ? .success(Command(words)) : .failure(option.shouldBe(typeName))
    }

    public var optionValue: OptionValue { .command(words) }
}

/// A file inside the project, as the campaign names it, with where it is written; refused
/// when absolute, leading out of the project (``Project/containedFile(_:what:)``), missing, or
/// not a regular file.
public struct ProjectPath: StageOptionValue, Equatable {
    /// The path, relative to the project root.
    public let path: String
    /// Where the campaign writes it.
    public let location: SourceLocation?

    /// A path written at `location`.
    public init(_ path: String, at location: SourceLocation? = nil) {
        self.path = path
        self.location = location
    }

    public static var typeName: String { "a path inside the project" }
    public static var formatType: FormatType { .path }

    public static func read(_ node: YAMLNode, as option: OptionReading) -> Result<ProjectPath, OptionMismatch> {
        String.read(node, as: option).flatMap { path in
            guard !path.isEmpty else { return .failure(option.shouldBe(typeName)) }
            guard let project = option.project else { return .success(ProjectPath(path, at: node.location)) }
            switch project.containedFile(path, what: "\(option.subject): the path") {
            case .failure(let error):
                return .failure(OptionMismatch(error.message))
            case .success(let url):
                guard let problem = InputFile.problem(at: Project.displayPath(url), what: "\(option.subject): the path") else {
                    return .success(ProjectPath(path, at: node.location))
                }
                return .failure(OptionMismatch(problem.kind == .missingInput
                    ? "\(option.subject): there is no file '\(path)' in the project; give the path of a file inside the project folder"
                    : problem.message))
            }
        }
    }

    public var optionValue: OptionValue { .text(path) }
}

/// An option whose value is one of a closed set: a `String` enum, whose cases are the choices.
///
///     enum Provider: String, StageOptionChoice { case memory, pseudo, command }
public protocol StageOptionChoice: StageOptionValue, CaseIterable, RawRepresentable where RawValue == String {}

extension StageOptionChoice {
    public static var typeName: String { "one of " + choices.joined(separator: ", ") }
    public static var choices: [String] { allCases.map(\.rawValue) }
    public static var formatType: FormatType { .choice(choices) }

    public static func read(_ node: YAMLNode, as option: OptionReading) -> Result<Self, OptionMismatch> {
        guard let scalar = node.scalar, !scalar.isNull else { return .failure(option.shouldBe(typeName)) }
        return Self(rawValue: scalar.text).map(Result.success)
            ?? .failure(option.shouldBe(typeName + Suggestion.clause(for: scalar.text, among: choices)))
    }

    public var optionValue: OptionValue { .text(rawValue) }
}
