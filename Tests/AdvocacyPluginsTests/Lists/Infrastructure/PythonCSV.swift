import Foundation
import Testing

/// Python's `csv` module as an independent reader of the lists we write: it returns the rows
/// it reads, so a test can compare them with what was meant.
enum PythonCSV {
    private static let script = """
        import csv, json, sys
        path, delimiter, encoding, output = sys.argv[1:5]
        with open(path, newline="", encoding=encoding) as f:
            rows = list(csv.reader(f, delimiter=delimiter, strict=True))
        with open(output, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False)
        """

    /// The rows of the CSV file at `path` as Python reads it; `utf-8-sig` drops a byte order mark.
    static func rows(of path: String, delimiter: String = ",", encoding: String = "utf-8") throws -> [[String]] {
        // Files rather than pipes: nothing to drain, nothing to interrupt.
        let output = path + ".json", errors = path + ".stderr"
        defer {
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: errors)
        }
        guard try run(["python3", "-c", script, path, delimiter, encoding, output], errorsTo: errors) == 0 else {
            let problem = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            Issue.record("python3 could not read \(path): \(problem)")
            return []
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
    }

    /// Runs a program found on the path, its standard error into the file at `errors`, and
    /// returns its exit status. Through `posix_spawnp` rather than Foundation's `Process`, which
    /// leaves allocations the address sanitizer reports as leaks.
    private static func run(_ arguments: [String], errorsTo errors: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // A normal exit: the status is in the second byte, as WEXITSTATUS reads it.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
