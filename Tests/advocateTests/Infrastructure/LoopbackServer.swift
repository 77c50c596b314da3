import Foundation

/// A Python server started for one test on 127.0.0.1, on a port it picks and writes to the
/// file `port` in its folder; stopped when the test ends.
final class LoopbackServer {
    let port: Int
    private let process: RunningProgram

    /// Starts `script` with python3 in `directory` and waits, at most ten seconds, for its port.
    init(script: String, in directory: URL) throws {
        let file = directory.appendingPathComponent("server-\(UUID().uuidString).py")
        try Data(script.utf8).write(to: file)
        let portFile = directory.appendingPathComponent("port")
        // Debian's interpreter itself, not a wrapper such as pyenv's shim: killing the process
        // must stop the server.
        process = try ExternalProgram(executable: URL(fileURLWithPath: "/usr/bin/python3")).start([file.path], in: directory)
        let deadline = Date().addingTimeInterval(10)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if port == nil { usleep(20_000) }
        }
        guard let port else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    /// SIGKILL, not SIGTERM: a child of the test runner may inherit SIGTERM blocked.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        _ = process.wait()
    }
}
