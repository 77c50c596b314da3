import AdvocacyCore

/// The options of the `translate` stage.
struct TranslateOptions: StageOptionSet {
    /// Where missing texts come from.
    enum Provider: String, StageOptionChoice {
        /// The translations the campaign has, nothing new.
        case memory
        /// Pseudo-localised text, to test layouts.
        case pseudo
        /// An engine behind a program (docs/translation.md).
        case command
    }

    var provider = Provider.memory
    var command = Command([])
    var timeout = 120

    static let options: [StageOptionField<Self>] = [
        .init("provider", \.provider, help: "Where missing texts come from: the campaign's own translations (memory), pseudo-localisation (pseudo), or an engine behind a program (command)."),
        .init("command", \.command, help: "For the command provider: the program and its arguments."),
        .init("timeout", \.timeout, in: 1...3600, help: "For the command provider: seconds per language."),
    ]

    func validate() throws(StageOptionProblem) {
        if provider == .command, command.words.isEmpty {
            throw StageOptionProblem(option: "provider", "the command provider needs 'command: [program, arguments…]' in the stage's options")
        }
    }
}
