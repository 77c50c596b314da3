@testable import AdvocacyCore
import Foundation
import Testing

struct OutputWriterTests {
    /// `OUT/c` in a fresh `OUT` folder, which holds the output's lock and staging folders beside it.
    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("advocate-output-\(UUID().uuidString)/c")
    }

    private func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    private func siblings(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path).sorted()
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
        defer { remove(folder) }
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

    @Test func aSecondWriterOfTheSameOutputIsRefusedUntilTheFirstEnds() throws {
        let folder = temporaryFolder()
        defer { remove(folder) }
        let busy = AdvocateError(.temporaryFailure, "another build of 'c' is writing \(folder.path); try again when it ends")
        var first = try OutputWriter(directory: folder)
        #expect(throws: busy) { try OutputWriter(directory: folder) }
        try first.write([1], to: "a.md", stage: "s", language: nil)
        try first.finish(campaign: "c")

        let second = try OutputWriter(directory: folder)
        #expect(throws: busy) { try OutputWriter(directory: folder) }
        second.abandon()
        _ = try OutputWriter(directory: folder)
    }

    @Test func temporaryFilesLiveInsideTheStagingFolderAndGoBeforeTheSwap() throws {
        let folder = temporaryFolder()
        defer { remove(folder) }
        var writer = try OutputWriter(directory: folder)
        #expect(writer.temporaryFolder.path.hasPrefix(folder.deletingLastPathComponent().appendingPathComponent(".c.partial-").path))
        try Data([1]).write(to: writer.temporaryFolder.appendingPathComponent("scratch"))
        try writer.write([1], to: "a.md", stage: "s", language: nil)
        try writer.finish(campaign: "c")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.md", "manifest.json"])
        #expect(try siblings(of: folder) == [".c.lock", "c"])
    }

    @Test func anOutputFolderThatIsASymlinkIsReplacedAndNothingIsRemovedThroughIt() throws {
        let folder = temporaryFolder()
        defer { remove(folder) }
        let elsewhere = folder.deletingLastPathComponent().appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: elsewhere.appendingPathComponent("manifest.json"))
        try FileManager.default.createSymbolicLink(at: folder, withDestinationURL: elsewhere)

        var writer = try OutputWriter(directory: folder)
        try writer.write([1], to: "a.md", stage: "s", language: nil)
        try writer.finish(campaign: "c")
        #expect(try FileManager.default.attributesOfItem(atPath: folder.path)[.type] as? FileAttributeType == .typeDirectory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["manifest.json"])
        #expect(try siblings(of: folder) == [".c.lock", "c", "elsewhere"])
    }

    /// What a killed build leaves beside the output: removed when the output is there, put back
    /// when it is missing and the leftover is complete (it holds a manifest).
    @Test(arguments: [
        (".c.partial-1", true, true), (".c.previous-1", true, true), (".c.partial-1", false, true),
        (".c.partial-1", false, false), (".c.partial-1", true, false),
    ])
    func leftoversOfAKilledBuild(name: String, complete: Bool, outputMissing: Bool) throws {
        let folder = temporaryFolder()
        defer { remove(folder) }
        var first = try OutputWriter(directory: folder)
        try first.write(Array("kept".utf8), to: "a.md", stage: "s", language: nil)
        try first.finish(campaign: "c")
        let leftover = folder.deletingLastPathComponent().appendingPathComponent(name)
        try FileManager.default.copyItem(at: folder, to: leftover)
        try Data("left over".utf8).write(to: leftover.appendingPathComponent("a.md"))
        if !complete { try FileManager.default.removeItem(at: leftover.appendingPathComponent("manifest.json")) }
        if outputMissing { try FileManager.default.removeItem(at: folder) }

        try OutputWriter(directory: folder).abandon()
        #expect(try siblings(of: folder) == (outputMissing && !complete ? [".c.lock"] : [".c.lock", "c"]))
        if FileManager.default.fileExists(atPath: folder.path) {
            #expect(try Data(contentsOf: folder.appendingPathComponent("a.md")) == Data((outputMissing ? "left over" : "kept").utf8))
        }
    }

    @Test func theManifestIsSortedAndHashesTheContents() throws {
        let folder = temporaryFolder()
        defer { remove(folder) }
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
        defer { remove(folder) }
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
        defer { remove(folder) }
        var first = try OutputWriter(directory: folder)
        try first.write([1], to: "kept.md", stage: "s", language: nil)
        let manifest = try first.finish(campaign: "c")

        var failed = try OutputWriter(directory: folder)
        try failed.write([2], to: "kept.md", stage: "s", language: nil)
        failed.abandon()
        #expect(try Data(contentsOf: folder.appendingPathComponent("kept.md")) == Data([1]))
        #expect(OutputWriter.readManifest(at: folder.appendingPathComponent("manifest.json")) == manifest)
        #expect(try siblings(of: folder) == [".c.lock", "c"])
    }
}
