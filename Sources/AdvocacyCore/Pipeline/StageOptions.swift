/// An option a stage accepts: its name, what it does and its default, whose kind is the
/// option's type.
public struct StageOption: Sendable {
    /// The option's name, as written under `options:`.
    public let name: String
    /// What it changes, in a sentence.
    public let summary: String
    /// The value when the campaign gives none; its kind is the option's type.
    public let defaultValue: OptionValue

    /// Declares an option.
    public init(_ name: String, default defaultValue: OptionValue, summary: String) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }
}

/// A stage option's value.
public enum OptionValue: Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case integer(Int)
    case text(String)
    /// A program and its arguments, run without a shell. Its kind puts it under the project's
    /// trust rule (``PluginTrust``): written anywhere but the campaign's own file, it runs only
    /// when the project allows it as `stage.option`; a default is the project's own.
    case command([String])

    /// The type's name in messages: "true or false", "a whole number", "text", "a command …".
    public var kindName: String {
        switch self {
        case .bool: "true or false"
        case .integer: "a whole number"
        case .text: "text"
        case .command: "a command: a list of a program and its arguments"
        }
    }

    /// The value as YAML would show it.
    public var description: String {
        switch self {
        case .bool(let value): String(value)
        case .integer(let value): String(value)
        case .text(let value): value.isEmpty ? "\"\"" : value
        case .command(let words): "[" + words.joined(separator: ", ") + "]"
        }
    }
}

/// The options a stage runs with, in the order the stage declares them.
public struct StageOptions: Sendable, Equatable {
    /// Names and values, in declaration order.
    public let values: [(name: String, value: OptionValue)]

    /// Options from names and values.
    public init(_ values: [(String, OptionValue)]) {
        self.values = values.map { (name: $0.0, value: $0.1) }
    }

    /// The value of `name`, if the stage declares it.
    public subscript(name: String) -> OptionValue? {
        values.first { $0.name == name }?.value
    }

    /// A boolean option's value; `false` if the stage declares no such option.
    public func bool(_ name: String) -> Bool {
        if case .bool(let value) = self[name] { return value }
        return false
    }

    /// A text option's value; empty if the stage declares no such option.
    public func text(_ name: String) -> String {
        if case .text(let value) = self[name] { return value }
        return ""
    }

    /// A command option's program and arguments; empty if the stage declares no such option.
    public func command(_ name: String) -> [String] {
        if case .command(let words) = self[name] { return words }
        return []
    }

    public static func == (lhs: StageOptions, rhs: StageOptions) -> Bool {
        lhs.values.map(\.name) == rhs.values.map(\.name) && lhs.values.map(\.value) == rhs.values.map(\.value)
    }
}
