public import Foundation

/// Writes a build's files for `OUT/<campaign>/`, all or nothing: into a staging folder beside
/// it, each file to a temporary name renamed into place, then `manifest.json`, and only then
/// the staging folder takes the place of the previous output. A build that fails or is
/// interrupted leaves the previous output as it was.
///
/// The campaign's output folder belongs to advocate: a build replaces it whole.
public struct OutputWriter {
    /// The name of the manifest in the campaign's output folder.
    public static let manifestName = "manifest.json"

    /// The campaign's output folder, as it will be once the build finishes.
    public let directory: URL
    /// Where this build writes until it finishes.
    let staging: URL
    var entries: [ManifestEntry] = []
    /// The paths of `entries`, to find a path written twice without a walk over every entry.
    var writtenPaths: Set<String> = []

    /// A writer for `directory`; clears what an interrupted earlier build left behind.
    public init(directory: URL) throws(AdvocateError) {
        self.directory = directory.standardizedFileURL
        let parent = self.directory.deletingLastPathComponent()
        let name = self.directory.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for leftover in leftovers where leftover.hasPrefix(".\(name).partial-") || leftover.hasPrefix(".\(name).previous-") {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(leftover))
        }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot create the output folder '\(parent.path)': \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to `path` (relative, `/`-separated, inside the folder) and records it.
    public mutating func write(_ bytes: [UInt8], to path: String, stage: String, language: LanguageCode?) throws(AdvocateError) {
        try writeStreaming(to: path, stage: stage, language: language) { sink throws(AdvocateError) in
            try bytes.withUnsafeBufferPointer { buffer throws(AdvocateError) in try sink.write(buffer) }
        }
    }

    /// Writes the manifest, last, and puts the finished output in place of the previous one.
    @discardableResult
    public func finish(campaign: String) throws(AdvocateError) -> Manifest {
        let manifest = Manifest(campaign: campaign, files: entries.sorted { $0.path < $1.path })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(manifest) else {
            throw AdvocateError(.internalError, "cannot encode the manifest of '\(campaign)'")
        }
        data.append(0x0A)
        try Self.writeAtomically(data, to: staging.appendingPathComponent(Self.manifestName))
        let previous = staging.deletingLastPathComponent()
            .appendingPathComponent(".\(directory.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if FileManager.default.fileExists(atPath: directory.path) {
                try FileManager.default.moveItem(at: directory, to: previous)
            }
            try FileManager.default.moveItem(at: staging, to: directory)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot put the new output in place at '\(directory.path)': \(error.localizedDescription)")
        }
        try? FileManager.default.removeItem(at: previous)
        return manifest
    }

    /// Drops what this build wrote, leaving the previous output as it was.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
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

    /// Foundation's atomic write: a temporary file in the same folder, renamed into place.
    private static func writeAtomically(_ data: Data, to url: URL) throws(AdvocateError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot write '\(url.path)': \(error.localizedDescription)")
        }
    }
}
