/// What a run of an external program did: how it ended, and the exact bytes it wrote.
public struct ProcessOutcome: Sendable, Equatable {
    /// How a run ended.
    public enum Termination: Sendable, Equatable {
        /// The program exited by itself with this status.
        case exited(Int32)
        /// A signal ended the program before its timeout (it killed itself, say, or crashed).
        case signalled(Int32)
        /// The program ran past its timeout; its process group was sent `SIGTERM`, then
        /// `SIGKILL` once the grace period was over.
        case timedOut
    }

    /// The program as the request named it, for messages.
    public var program: String
    /// How the run ended.
    public var termination: Termination
    /// The bytes written to standard output, up to the request's limit.
    public var standardOutput: [UInt8]
    /// The bytes written to standard error, up to the request's limit.
    public var standardError: [UInt8]
    /// Whether standard output went past its limit; the rest was read and dropped.
    public var outputTruncated: Bool
    /// Whether standard error went past its limit; the rest was read and dropped.
    public var errorTruncated: Bool
    /// Whether every byte of input reached the program's standard input pipe. False when the
    /// program exited, died or closed its input first (unless what was left fit in the pipe).
    public var inputFullyWritten: Bool
    /// How long the run took, from starting the program to collecting its status.
    public var duration: Duration
}
