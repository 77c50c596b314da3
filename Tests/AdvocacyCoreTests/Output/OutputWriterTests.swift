@testable import AdvocacyCore
import Foundation
import Testing

struct OutputWriterTests {
    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("advocate-output-\(UUID().uuidString)")
    }

    @Test(arguments: ["../escape.md", "/etc/passwd", "a/../../b", "a//b", "./a", "a\\b", "", ".hidden", "manifest.json"])
    func pathsOutsideTheFolderAreRefused(path: String) throws {
        var writer = try OutputWriter(directory: temporaryFolder())
        #expect(throws: AdvocateError.self) { try writer.write([1], to: path, stage: "s", language: nil) }
    }

    @Test func aFileWrittenTwiceInOneBuildIsABug() throws {
        var writer = try OutputWriter(directory: temporaryFolder())
        try writer.write([1], to: "a.md", stage: "one", language: nil)
        #expect(throws: AdvocateError.self) { try writer.write([2], to: "a.md", stage: "two", language: nil) }
    }

    /// The check looks the path up among those written (a set), rather than walking every
    /// entry: a build of 35,000 messages stays linear. Here: the first, a middle and the last of
    /// many are each refused a second time, and nothing else is.
    @Test func aPathWrittenTwiceIsFoundAmongManyFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try OutputWriter(directory: folder)
        let paths = (0..<2_000).map { "messages/\($0 / 100)/\($0).eml" }
        for path in paths { try writer.write([1], to: path, stage: "mailing", language: nil) }
        for path in [paths[0], paths[1_000], paths[1_999]] {
            #expect(throws: AdvocateError(.internalError, "'\(path)' was already written by this build; two stages write the same file")) {
                try writer.write([2], to: path, stage: "mailing", language: nil)
            }
        }
        #expect(try writer.finish(campaign: "c").files.count == paths.count)
    }

    @Test func theManifestIsSortedAndHashesTheContents() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try OutputWriter(directory: folder)
        try writer.write(Array("b".utf8), to: "z/b.md", stage: "draft", language: LanguageCode("nl"))
        try writer.write(Array("abc".utf8), to: "a.md", stage: "draft", language: nil)
        let manifest = try writer.finish(campaign: "c")
        #expect(manifest.files.map(\.path) == ["a.md", "z/b.md"])
        // SHA-256 of "abc", from FIPS 180-2's test vectors.
        #expect(manifest.files[0].sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(manifest.files[1].language == "nl")
        #expect(OutputWriter.readManifest(at: folder.appendingPathComponent("manifest.json")) == manifest)
    }

    @Test func aFinishedBuildReplacesThePreviousOutputWhole() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var first = try OutputWriter(directory: folder)
        try first.write([1], to: "old.md", stage: "s", language: nil)
        try first.finish(campaign: "c")

        var second = try OutputWriter(directory: folder)
        try second.write([2], to: "new.md", stage: "s", language: nil)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("old.md").path), "nothing changes before the build finishes")
        try second.finish(campaign: "c")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("old.md").path))
        #expect(try Data(contentsOf: folder.appendingPathComponent("new.md")) == Data([2]))
    }

    @Test func anAbandonedBuildLeavesThePreviousOutputAndNoTrace() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var first = try OutputWriter(directory: folder)
        try first.write([1], to: "kept.md", stage: "s", language: nil)
        let manifest = try first.finish(campaign: "c")

        var failed = try OutputWriter(directory: folder)
        try failed.write([2], to: "kept.md", stage: "s", language: nil)
        failed.abandon()
        #expect(try Data(contentsOf: folder.appendingPathComponent("kept.md")) == Data([1]))
        #expect(OutputWriter.readManifest(at: folder.appendingPathComponent("manifest.json")) == manifest)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(folder.lastPathComponent).") })
    }
}
