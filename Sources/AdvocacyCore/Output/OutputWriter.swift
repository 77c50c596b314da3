public import Foundation

/// Writes a build's files for `OUT/<campaign>/`, all or nothing: into a staging folder beside
/// it, each file to a temporary name renamed into place, then `manifest.json`, and only then
/// the staging folder takes the place of the previous output, in one atomic exchange. A build
/// that fails or is killed at any moment leaves `OUT/<campaign>/` whole: the previous output or
/// the new one, never neither (see ``SwapStep`` and ``clearLeftovers(beside:)``).
///
/// A writer holds the lock of its output (a ``FileLock`` on `OUT/.<campaign>.lock`) from its
/// creation until it finishes or is abandoned, so a second build of the same campaign into the
/// same folder refuses at once with exit 75 rather than waiting: it would only redo the same
/// work, and a build can run for minutes. The campaign's output folder belongs to advocate: a
/// build replaces it whole, keeping only the previous files in the languages it does not make
/// (see ``carryOver(languages:stages:)``).
public struct OutputWriter {
    /// The name of the manifest in the campaign's output folder.
    public static let manifestName = "manifest.json"

    /// The campaign's output folder, as it will be once the build finishes.
    public let directory: URL
    /// Where this build writes until it finishes.
    let staging: URL
    /// Where stages keep temporary files: inside the staging folder, never the system's, so that
    /// they go with it; a killed build's with its leftover staging folder, which the next build
    /// clears. Removed before the output is put in place.
    public let temporaryFolder: URL
    var entries: [ManifestEntry] = []
    /// The paths of `entries`, to find a path written twice without a walk over every entry.
    var writtenPaths: Set<String> = []
    private let lock: FileLock

    /// A writer for `directory`: takes its lock, then clears what an interrupted earlier build
    /// left behind. Throws `temporaryFailure` (exit 75) while another build holds the lock.
    public init(directory: URL) throws(AdvocateError) {
        self.directory = directory.standardizedFileURL
        let parent = self.directory.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.directory.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        temporaryFolder = staging.appendingPathComponent(".temporary")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot create the output folder '\(parent.path)': \(error.localizedDescription)")
        }
        let name = self.directory.lastPathComponent
        lock = try FileLock(
            file: parent.appendingPathComponent(".\(name).lock"), permissions: 0o644,
            whenHeld: "another build of '\(name)' is writing \(Project.displayPath(self.directory)); try again when it ends")
        Self.clearLeftovers(beside: self.directory)
        do {
            try FileManager.default.createDirectory(at: temporaryFolder, withIntermediateDirectories: true)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot create the staging folder '\(staging.path)': \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to `path` (relative, `/`-separated, inside the folder) and records it.
    public mutating func write(_ bytes: [UInt8], to path: String, stage: String, language: LanguageCode?) throws(AdvocateError) {
        try writeStreaming(to: path, stage: stage, language: language) { sink throws(AdvocateError) in
            try bytes.withUnsafeBufferPointer { buffer throws(AdvocateError) in try sink.write(buffer) }
        }
    }

    /// Writes the manifest, last, and puts the finished output in place of the previous one,
    /// then lets the next build in.
    @discardableResult
    public func finish(campaign: String) throws(AdvocateError) -> Manifest {
        defer { lock.release() }
        let manifest = Manifest(campaign: campaign, files: entries.sorted { $0.path < $1.path })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(manifest) else {
            throw AdvocateError(.internalError, "cannot encode the manifest of '\(campaign)'")
        }
        try? FileManager.default.removeItem(at: temporaryFolder)
        SwapStep.temporaryFilesRemoved.done()
        _ = try Self.writeFile(at: staging.appendingPathComponent(Self.manifestName)) { sink throws(AdvocateError) in
            try (Array(data) + [0x0A]).withUnsafeBufferPointer { buffer throws(AdvocateError) in try sink.write(buffer) }
        }
        SwapStep.manifestWritten.done()
        let displaced = try swapIn()
        SwapStep.swapped.done()
        if displaced { Self.discard(staging) }
        SwapStep.previousRemoved.done()
        return manifest
    }

    /// Drops what this build wrote, leaving the previous output as it was, and lets the next build in.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
        lock.release()
    }

    /// A manifest previously written at `url`, if it can be read.
    public static func readManifest(at url: URL) -> Manifest? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0")
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }
    }
}
