import Crypto
public import Foundation

/// Writes a build's files into `OUT/<campaign>/`: each one to a temporary name and then renamed
/// into place, so an interrupted build never leaves a half-written file; `manifest.json` last.
public struct OutputWriter {
    /// The name of the manifest in the campaign's output folder.
    public static let manifestName = "manifest.json"

    /// The campaign's output folder.
    public let directory: URL
    private(set) var entries: [ManifestEntry] = []

    /// A writer into `directory`, created if needed.
    public init(directory: URL) throws(AdvocateError) {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot create the output folder '\(directory.path)': \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to `path` (relative, `/`-separated, inside the folder) and records it.
    public mutating func write(_ bytes: [UInt8], to path: String, stage: String, language: LanguageCode?) throws(AdvocateError) {
        guard Self.isSafeRelativePath(path) else {
            throw AdvocateError(.internalError, "refusing to write '\(path)': outputs stay inside the campaign's output folder")
        }
        guard !entries.contains(where: { $0.path == path }) else {
            throw AdvocateError(.internalError, "'\(path)' was already written by this build; two stages write the same file")
        }
        try Self.writeAtomically(Data(bytes), to: directory.appendingPathComponent(path))
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        entries.append(ManifestEntry(path: path, sha256: digest, bytes: bytes.count, stage: stage, language: language?.code))
    }

    /// Writes the manifest, last, and removes files an earlier build of this campaign listed
    /// but this one did not write. Returns the manifest.
    @discardableResult
    public func finish(campaign: String) throws(AdvocateError) -> Manifest {
        let manifestURL = directory.appendingPathComponent(Self.manifestName)
        let manifest = Manifest(campaign: campaign, files: entries.sorted { $0.path < $1.path })
        let stale = (Self.readManifest(at: manifestURL)?.files.map(\.path) ?? [])
            .filter { path in Self.isSafeRelativePath(path) && !entries.contains { $0.path == path } }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(manifest)
            data.append(0x0A)
            try Self.writeAtomically(data, to: manifestURL)
        } catch let error as AdvocateError {
            throw error
        } catch {
            throw AdvocateError(.internalError, "cannot encode the manifest: \(error)")
        }
        for path in stale {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(path))
        }
        return manifest
    }

    /// A manifest previously written at `url`, if it can be read.
    public static func readManifest(at url: URL) -> Manifest? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0")
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
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
