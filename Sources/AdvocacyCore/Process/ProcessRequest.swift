public import Foundation

/// One run of an external program: what to start, where, with which input, and within which
/// limits. The program is started from an argument list; no shell ever reads it.
public struct ProcessRequest: Sendable {
    /// The program: a name, looked up on the `PATH` of ``childEnvironment``, or a path (anything
    /// containing `/`); a relative path is taken from ``workingDirectory``.
    public var executable: String
    /// The arguments after the program's name, passed exactly as they are.
    public var arguments: [String]
    /// The folder the program runs in: normally the project root.
    public var workingDirectory: URL
    /// Variables added to the minimal environment, winning over it on a clash.
    public var environment: [String: String]
    /// The bytes written to the program's standard input, which is closed afterwards.
    public var standardInput: [UInt8]
    /// How long the program may run before its process group is sent `SIGTERM`.
    public var timeout: Duration
    /// How long the process group gets after `SIGTERM` before it is sent `SIGKILL`; a run that
    /// times out lasts at least its timeout and this grace.
    public var terminationGrace: Duration
    /// The most bytes of standard output kept; what follows is read and dropped.
    public var outputLimit: Int
    /// The most bytes of standard error kept; what follows is read and dropped.
    public var errorLimit: Int

    /// A request with advocate's defaults: no input, two minutes to run, two seconds of grace,
    /// 16 MiB of standard output and 1 MiB of standard error kept.
    public init(
        executable: String,
        arguments: [String] = [],
        workingDirectory: URL,
        environment: [String: String] = [:],
        standardInput: [UInt8] = [],
        timeout: Duration = .seconds(120),
        terminationGrace: Duration = .seconds(2),
        outputLimit: Int = 16 << 20,
        errorLimit: Int = 1 << 20
    ) {
        self.executable = executable
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.standardInput = standardInput
        self.timeout = timeout
        self.terminationGrace = terminationGrace
        self.outputLimit = outputLimit
        self.errorLimit = errorLimit
    }
}
