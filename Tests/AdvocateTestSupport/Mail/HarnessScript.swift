public import Foundation

/// The Python programs of the test harness, kept in `Tests/Harness/` of the repository and run
/// from there with Debian's interpreter.
public enum HarnessScript {
    /// `Tests/Harness/`, found from this file's place in the checkout.
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Harness")

    /// The harness script called `name`.
    public static func named(_ name: String) -> URL {
        folder.appendingPathComponent(name)
    }

    /// Debian's interpreter itself, not a wrapper such as pyenv's shim: killing the process must
    /// stop the program, and the harness needs Debian's `python3-aiosmtpd`.
    public static let python = URL(fileURLWithPath: "/usr/bin/python3")
}
