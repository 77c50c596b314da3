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
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path, delimiter, encoding, output]
        process.standardError = FileHandle(forWritingAtPath: errors)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let problem = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            Issue.record("python3 could not read \(path): \(problem)")
            return []
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
    }
}
