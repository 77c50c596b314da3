/// An option a stage accepts, as listings and messages show it: its name, type, default and
/// help, taken from the stage's ``StageOptionSet`` declaration.
public struct StageOption: Sendable, Equatable {
    /// The option's name, as written under `options:`.
    public let name: String
    /// Its type, after "should be": "true or false", "one of memory, pseudo, command".
    public let typeName: String
    /// The values it may take, for a choice from a closed set; empty otherwise.
    public let choices: [String]
    /// Its type as the campaign format declares values: a range for a bounded number.
    public let type: FormatType
    /// The value when the campaign gives none.
    public let defaultValue: OptionValue
    /// What it changes, in a sentence.
    public let help: String
}

/// A stage option's value, as listings show it and the trust rule sees it.
public enum OptionValue: Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case integer(Int)
    case text(String)
    /// A program and its arguments, run without a shell. Its kind puts it under the project's
    /// trust rule (``PluginTrust``): written anywhere but the campaign's own file, it runs only
    /// when the project allows it as `stage.option`; a default is the project's own.
    case command([String])

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

/// The options a stage runs with, in the order the stage declares them, as `pipeline` lists
/// them; the stage's body reads its own typed ``StageOptionSet`` instead.
public struct StageOptions: Sendable, Equatable {
    /// One option in force: its value, and its declaration (`nil` for an external stage's
    /// options, which only the plugin knows).
    public struct Setting: Sendable, Equatable {
        /// The option's name.
        public let name: String
        /// Its value, the default when the campaign gives none.
        public let value: OptionValue
        /// Its type, default and help.
        public let declaration: StageOption?
    }

    /// The options, in declaration order.
    public let settings: [Setting]

    /// Options from names and values, with no declaration: an external stage's.
    public init(_ values: [(String, OptionValue)]) {
        settings = values.map { Setting(name: $0.0, value: $0.1, declaration: nil) }
    }

    /// The options of a typed set, with their declarations.
    public init<Options: StageOptionSet>(_ options: Options) {
        settings = Options.options.map { Setting(name: $0.declaration.name, value: $0.value(options), declaration: $0.declaration) }
    }

    /// The value of the option called `name`, if the stage has one.
    public subscript(name: String) -> OptionValue? {
        settings.first { $0.name == name }?.value
    }
}
