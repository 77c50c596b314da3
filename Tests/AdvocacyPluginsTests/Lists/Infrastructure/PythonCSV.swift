import Foundation
import Testing

/// Python's `csv` module as an independent reader of the lists we write: it returns the rows
/// it reads, so a test can compare them with what was meant.
enum PythonCSV {
    private static let script = """
        import csv, json, sys
        path, delimiter, encoding = sys.argv[1:4]
        with open(path, newline="", encoding=encoding) as f:
            rows = list(csv.reader(f, delimiter=delimiter, strict=True))
        json.dump(rows, sys.stdout, ensure_ascii=False)
        """

    /// The rows of the CSV file at `path` as Python reads it; `utf-8-sig` drops a byte order mark.
    static func rows(of path: String, delimiter: String = ",", encoding: String = "utf-8") throws -> [[String]] {
        let read = try ExternalProgram(name: "python3").run(["-c", script, path, delimiter, encoding])
        guard read.status == 0 else {
            Issue.record("python3 could not read \(path): \(read.stderr)")
            return []
        }
        return try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [[String]])
    }
}
