/// A stage's options as one Swift type, declared once: stored properties with their defaults,
/// and a list naming each with its help. The resolver decodes a campaign's `options:` into it
/// and checks it before any build, so `validate` reports an unknown option, a value of the
/// wrong type or outside its choices, and a combination ``validate()`` refuses; the `plugins`
/// and `pipeline` listings come from the same list.
///
///     struct DraftOptions: StageOptionSet {
///         var pdf = false
///         var pdfEngine = Command(["weasyprint"])
///         static let options: [StageOptionField<Self>] = [
///             .init("pdf", \.pdf, help: "Also print the HTML to PDF."),
///             .init("pdf-engine", \.pdfEngine, help: "The program that prints HTML to PDF."),
///         ]
///     }
public protocol StageOptionSet: Sendable {
    /// The options at their defaults.
    init()
    /// Every option, in the order listings show them.
    static var options: [StageOptionField<Self>] { get }
    /// Refuses a combination of values the stage cannot run with, naming the option at fault.
    func validate() throws(StageOptionProblem)
}

extension StageOptionSet {
    public func validate() throws(StageOptionProblem) {}
}

/// A combination of options a stage refuses, reported at the option it names.
public struct StageOptionProblem: Error, Sendable, Equatable {
    /// The option at fault, as campaigns write it.
    public let option: String
    /// A whole sentence.
    public let message: String

    /// A problem with `option`.
    public init(option: String, _ message: String) {
        self.option = option
        self.message = message
    }
}

/// The options of a stage that takes none.
public struct NoStageOptions: StageOptionSet {
    public init() {}
    public static let options: [StageOptionField<Self>] = []
}

/// One option of a ``StageOptionSet``: its name, the property that holds it, and its help.
public struct StageOptionField<Options: StageOptionSet>: Sendable {
    /// The name, type, default and help, for listings and messages.
    public let declaration: StageOption
    /// The value in `options`, as listings show it.
    let value: @Sendable (Options) -> OptionValue
    /// Reads a YAML value into the property of `options`, or says why it cannot.
    let read: @Sendable (YAMLNode, OptionReading, inout Options) -> OptionMismatch?

    /// The option `name`, held by the property at `keyPath`, whose default is the property's.
    public init<Value: StageOptionValue>(_ name: String, _ keyPath: any WritableKeyPath<Options, Value> & Sendable, help: String) {
        self.init(name, keyPath, typeName: Value.typeName, type: Value.formatType, help: help) { _ in nil }
    }

    /// A whole-number option that must lie in `range`.
    public init(_ name: String, _ keyPath: any WritableKeyPath<Options, Int> & Sendable, in range: ClosedRange<Int>, help: String) {
        let typeName = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        self.init(name, keyPath, typeName: typeName, type: .integer(range), help: help) { value in range.contains(value) ? nil : typeName }
    }

    private init<Value: StageOptionValue>(
        _ name: String, _ keyPath: any WritableKeyPath<Options, Value> & Sendable, typeName: String, type: FormatType, help: String,
        outside: @escaping @Sendable (Value) -> String?
    ) {
        declaration = StageOption(
            name: name, typeName: typeName, choices: Value.choices, type: type, defaultValue: Options()[keyPath: keyPath].optionValue, help: help)
        value = { $0[keyPath: keyPath].optionValue }
        read = { node, option, options in
            switch Value.read(node, as: option) {
            case .failure(let mismatch):
                return mismatch
            case .success(let value):
                if let expected = outside(value) { return option.shouldBe(expected) }
                options[keyPath: keyPath] = value
                return nil
            }
        }
    }
}

/// A stage's options decoded from a campaign: the typed value, the entries read into it, and
/// what was wrong.
struct DecodedOptions<Options: StageOptionSet> {
    var options = Options()
    /// The entries given, each read into its option.
    var read: [YAMLMappingEntry] = []
    var diagnostics: [Diagnostic] = []
}

extension StageOptionSet {
    /// Reads `entries`, the `options:` of stage `stage` written at `location`: each into its
    /// property, then checks them together. Every mistake is a diagnostic at the option's key
    /// (an unknown name), at its value (a wrong value), or at the option ``validate()`` names
    /// (where it is written, else at the stage).
    static func decode(
        _ entries: [YAMLMappingEntry], stage: String, at location: SourceLocation?, project: Project?
    ) -> DecodedOptions<Self> {
        var decoded = DecodedOptions<Self>()
        let names = options.map(\.declaration.name)
        for entry in entries {
            guard let field = options.first(where: { $0.declaration.name == entry.key }) else {
                let known = names.isEmpty ? "it takes no options" : "its options: \(names.joined(separator: ", "))"
                decoded.diagnostics.append(.error(
                    "stage '\(stage)' has no option '\(entry.key)'\(Suggestion.clause(for: entry.key, among: names)) (\(known))",
                    at: entry.keyLocation))
                continue
            }
            let reading = OptionReading(subject: "option '\(entry.key)' of stage '\(stage)'", project: project)
            if let mismatch = field.read(entry.value, reading, &decoded.options) {
                decoded.diagnostics.append(.error(mismatch.message, at: entry.value.location))
            } else {
                decoded.read.append(entry)
            }
        }
        guard decoded.diagnostics.isEmpty else { return decoded }
        do {
            try decoded.options.validate()
        } catch {
            let written = entries.first { $0.key == error.option }
            if let at = written?.value.location ?? location { decoded.diagnostics.append(.error(error.message, at: at)) }
        }
        return decoded
    }
}
