import Foundation
import Testing

/// Golden files in `Tests/AdvocacyPluginsTests/Golden/`: what an output must be, byte for byte.
/// Run the tests with `RECORD_GOLDEN=1` to write them anew, then review the diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares `actual` with the golden file `name`, or records it when asked to.
    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); run the tests with RECORD_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
