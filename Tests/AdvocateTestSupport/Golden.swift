import Foundation
public import Testing

/// Golden files: what an output must be, byte for byte, kept in the folder `Golden/` of the
/// calling test's target (`Tests/AdvocacyPluginsTests/Golden/` for a test in
/// `Tests/AdvocacyPluginsTests/Drafting/`). Run the tests with `RECORD_GOLDEN=1` to write them
/// anew, then review the diff (see the README's "Tests").
public enum Golden {
    /// Whether this run writes golden files rather than comparing with them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the golden file `name`, or records it when asked to.
    public static func assertMatches(
        _ actual: String, named name: String, filePath: StaticString = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder(of: filePath).appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); run the tests with RECORD_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs from its golden file \(url.path)", sourceLocation: sourceLocation)
    }

    /// The `Golden/` folder of the test target holding `filePath`: the folder below `Tests/`.
    static func folder(of filePath: StaticString) -> URL {
        var target = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent()
        while target.deletingLastPathComponent().lastPathComponent != "Tests", target.pathComponents.count > 1 {
            target.deleteLastPathComponent()
        }
        return target.appendingPathComponent("Golden")
    }
}
