public import Foundation

/// A harness program serving on 127.0.0.1 for one test, on a port it picks and writes to the
/// file `port` in its folder; killed when the value goes away.
public final class LoopbackService {
    /// The port it listens on.
    public let port: Int
    private let process: RunningProgram

    /// Starts `python3 script arguments…` and waits, at most ten seconds, for `folder/port`.
    /// - Throws: when it cannot start, or exits or stays silent instead of listening.
    public init(script: URL, arguments: [String], folder: URL) throws {
        let portFile = folder.appendingPathComponent("port")
        try? FileManager.default.removeItem(at: portFile)
        process = try ExternalProgram(executable: HarnessScript.python).start([script.path] + arguments, in: folder)
        let deadline = Date().addingTimeInterval(10)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if port == nil { usleep(20_000) }
        }
        guard let port else {
            kill(process.processIdentifier, SIGKILL)
            let result = process.wait()
            throw HarnessFailure("\(script.lastPathComponent) did not start listening: \(result.stderr)")
        }
        self.port = port
    }

    /// SIGKILL, not SIGTERM: a child of the test runner may inherit SIGTERM blocked.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        _ = process.wait()
    }
}

/// A part of the test harness that could not be set up, with what it said.
public struct HarnessFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// A failure saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
