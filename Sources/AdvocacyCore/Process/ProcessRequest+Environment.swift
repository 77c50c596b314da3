import Foundation

extension ProcessRequest {
    /// The `PATH` a program gets unless ``environment`` sets its own.
    public static let safePath = "/usr/local/bin:/usr/bin:/bin"

    /// Everything the program's environment will hold, and nothing else of advocate's own:
    /// `PATH` (``safePath``), `LANG` and `LC_ALL` (`C.UTF-8`), `HOME` and `TMPDIR` (advocate's,
    /// `TMPDIR` defaulting to `/tmp`), then ``environment`` on top.
    public var childEnvironment: [String: String] {
        let parent = ProcessInfo.processInfo.environment
        var variables = [
            "PATH": Self.safePath,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TMPDIR": parent["TMPDIR"] ?? "/tmp",
        ]
        variables["HOME"] = parent["HOME"]
        return variables.merging(environment) { _, explicit in explicit }
    }
}
