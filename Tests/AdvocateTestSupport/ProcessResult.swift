/// What a run of a program did: the `advocate` binary or a checker such as `msgfmt`.
public struct ProcessResult: Sendable {
    /// The exit status, or the number of the signal that ended it.
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Whether it ended by a signal (a crash, or a kill) rather than by exiting.
    public var crashed: Bool

    /// Standard output, then standard error: for a checker whose messages may go to either.
    public var output: String { stdout + stderr }
}
