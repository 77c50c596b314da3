import Foundation

/// A Python server started for one test on 127.0.0.1, on a port it picks and writes to the
/// file `port` in its folder; stopped when the test ends.
final class LoopbackServer {
    private let service: LoopbackService

    /// The port it listens on.
    var port: Int { service.port }

    /// Starts `script` with python3 in `directory` and waits, at most ten seconds, for its port.
    init(script: String, in directory: URL) throws {
        let file = directory.appendingPathComponent("server-\(UUID().uuidString).py")
        try Data(script.utf8).write(to: file)
        service = try LoopbackService(script: file, arguments: [], folder: directory)
    }
}
