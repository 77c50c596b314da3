public import Foundation

/// A recording stand-in for sendmail (`Tests/Harness/sendmail_standin.py`): an executable in
/// the test's folder that records its arguments and input, then exits 0, 75, 1, or whatever
/// the test chose per recipient, or exits without reading its input.
public struct SendmailStandIn {
    /// The stand-in's folder: `control.json`, `runs/`.
    public let folder: URL
    /// The executable to name as the sendmail program.
    public let program: URL

    /// Makes a stand-in in a new folder under `parent`.
    public init(in parent: URL) throws {
        folder = parent.appendingPathComponent("sendmail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        program = folder.appendingPathComponent("sendmail")
        let script = HarnessScript.named("sendmail_standin.py").path
        try Data("#!/bin/sh\nexec \(HarnessScript.python.path) '\(script)' '\(folder.path)' \"$@\"\n".utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
    }

    /// Tells the stand-in how to end from its next run on (see `sendmail_standin.py`).
    public func control(_ json: String) throws {
        try Data(json.utf8).write(to: folder.appendingPathComponent("control.json"), options: .atomic)
    }

    /// Every run recorded so far, in no particular order.
    public func runs() throws -> [SendmailRun] {
        let runs = folder.appendingPathComponent("runs")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: runs.path)) ?? []).filter { $0.hasSuffix(".json") }
        return try names.map { name in
            let record = runs.appendingPathComponent(name)
            var run = try JSONDecoder().decode(SendmailRun.self, from: Data(contentsOf: record))
            run.input = Array(try Data(contentsOf: record.deletingPathExtension().appendingPathExtension("eml")))
            return run
        }
    }
}

/// One run of the sendmail stand-in.
public struct SendmailRun: Decodable, Sendable {
    /// The arguments it was given.
    public var arguments: [String]
    /// Whether it read its input.
    public var readInput: Bool
    /// The status it exited with.
    public var exit: Int32
    /// The bytes it read on standard input.
    public var input: [UInt8] = []

    enum CodingKeys: String, CodingKey {
        case arguments, exit
        case readInput = "read_input"
    }
}
