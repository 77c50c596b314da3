import Foundation

/// The shared relay (`sink.py`) running for the length of the benchmark.
final class Sink {
    let port: Int
    private let process: Process
    private let folder: URL

    /// Starts the sink and waits for its port.
    init(script: URL, folder: URL) throws {
        self.folder = folder
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, folder.path]
        try process.run()
        let portFile = folder.appendingPathComponent("port")
        let deadline = Date().addingTimeInterval(10)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0) }
            if port == nil { usleep(20_000) }
        }
        guard let port else { throw CocoaError(.fileReadNoSuchFile) }
        self.port = port
    }

    /// How many messages the sink has received so far.
    func count() throws -> Int {
        let file = folder.appendingPathComponent("count")
        try? FileManager.default.removeItem(at: file)
        kill(process.processIdentifier, SIGUSR1)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8), let number = text.split(separator: " ").first.flatMap({ Int($0) }) {
                return number
            }
            usleep(10_000)
        }
        throw CocoaError(.fileReadNoSuchFile)
    }

    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
