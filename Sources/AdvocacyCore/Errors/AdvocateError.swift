/// The error every advocate command ends with: what kind of failure it is, which decides the
/// exit status, and a sentence for the user.
public struct AdvocateError: Error, Equatable, CustomStringConvertible {
    /// Kinds of failure, each with its sysexits status.
    public enum Kind: Sendable, Equatable {
        /// The command line is wrong (64).
        case usage
        /// A campaign or another input file is wrong (65).
        case invalidInput
        /// An input file does not exist (66).
        case missingInput
        /// A needed program or service is not available (69).
        case unavailable
        /// A bug in advocate (70).
        case internalError
        /// An output file or folder cannot be written (73).
        case cannotCreateOutput
        /// Try again later (75).
        case temporaryFailure

        /// The process exit status, from sysexits.h.
        public var exitCode: Int32 {
            switch self {
            case .usage: 64
            case .invalidInput: 65
            case .missingInput: 66
            case .unavailable: 69
            case .internalError: 70
            case .cannotCreateOutput: 73
            case .temporaryFailure: 75
            }
        }
    }

    /// What kind of failure.
    public var kind: Kind
    /// A whole sentence naming the thing at fault and what to do.
    public var message: String
    /// The stage that raised it, if one did.
    public var stage: String?
    /// Problems in the input that the error stands for, to print before it.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, stage: String? = nil, diagnostics: [Diagnostic] = []) {
        self.kind = kind
        self.message = message
        self.stage = stage
        self.diagnostics = diagnostics
    }

    /// The same error, attributed to `stage` unless already attributed.
    public func inStage(_ stage: String) -> AdvocateError {
        var error = self
        error.stage = error.stage ?? stage
        return error
    }

    public var description: String {
        stage.map { "stage '\($0)': \(message)" } ?? message
    }
}
