import AdvocacyCore
import Foundation

/// A throwaway folder of small bash scripts that stand in for well- and badly-behaved
/// programs; removed when the test ends.
final class ScriptFolder {
    /// The folder, with symbolic links resolved, so that it compares equal to what `pwd -P` says.
    let root: URL

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        root = folder.resolvingSymlinksInPath()
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes the bash script `name` (which may name a subfolder) with `body`, executable unless
    /// told otherwise, and returns its absolute path.
    @discardableResult
    func script(_ name: String, _ body: String, executable: Bool = true) throws -> String {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("#!/bin/bash\n\(body)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: url.path)
        return url.path
    }

    /// A request to run `program` in the folder, with a timeout generous enough for a loaded machine.
    func request(_ program: String, input: [UInt8] = [], timeout: Duration = .seconds(60)) -> ProcessRequest {
        ProcessRequest(executable: program, workingDirectory: root, standardInput: input, timeout: timeout)
    }

    /// The text of a file a script wrote, without its final newline; nil if there is none.
    func read(_ name: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(name).path) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
}

extension ProcessOutcome {
    /// Standard output decoded for comparisons in tests.
    var outputString: String { String(decoding: standardOutput, as: UTF8.self) }
}
