import Foundation

/// The `advocate` executable built beside this benchmark, run as a separate process.
struct AdvocateBinary {
    let url: URL

    /// Finds `advocate` in the benchmark's own build folder.
    init() throws {
        guard let folder = Bundle.main.executableURL?.deletingLastPathComponent() else {
            throw BenchmarkFailure("cannot tell where advocate-bench runs from, so cannot find the advocate binary beside it")
        }
        url = folder.appendingPathComponent("advocate")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw BenchmarkFailure("there is no advocate binary at \(url.path); build it first with `swift build -c release` (the same configuration and build folder as the benchmark)")
        }
    }

    /// Runs `advocate arguments…` in `directory` and waits for it; its output is discarded
    /// unless `capturingErrors`, when its standard error is returned.
    @discardableResult
    func run(_ arguments: [String], in directory: URL, capturingErrors: Bool = false) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardError = capturingErrors ? pipe : FileHandle.nullDevice
        // Not `waitUntilExit()`: swift-corelibs-foundation polls a run loop in 50 ms steps, which
        // would be timed; the termination handler runs as soon as the child exits.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Read before waiting, so that a full pipe cannot block the child.
        let errors = capturingErrors ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        exited.wait()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }
}
