import Crypto
import Foundation

/// Where a stage writes a large file a chunk at a time: the bytes go to disk as they come and
/// into the file's SHA-256, never all into memory.
public final class OutputSink {
    private let handle: FileHandle
    private var hasher = SHA256()
    private(set) var count = 0

    init(_ handle: FileHandle) {
        self.handle = handle
    }

    /// Appends `bytes` to the file.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(AdvocateError) {
        hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
        count += bytes.count
        do {
            try handle.write(contentsOf: Data(buffer: bytes))
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot write an output file: \(error.localizedDescription)")
        }
    }

    fileprivate func finish() -> String {
        try? handle.close()
        return hasher.finalize().hexadecimal
    }
}

extension OutputWriter {
    /// Writes the file `path` (relative, `/`-separated, inside the folder) from what `produce`
    /// hands the sink, to a temporary name renamed into place once complete, and records it.
    public mutating func writeStreaming(
        to path: String, stage: String, language: LanguageCode?, _ produce: (OutputSink) throws(AdvocateError) -> Void
    ) throws(AdvocateError) {
        guard Self.isSafeRelativePath(path), path != Self.manifestName else {
            throw AdvocateError(.internalError, "refusing to write '\(path)': outputs are plain paths inside the campaign's output folder")
        }
        guard !writtenPaths.contains(path) else {
            throw AdvocateError(.internalError, "'\(path)' was already written by this build; two stages write the same file")
        }
        let (digest, count) = try Self.writeFile(at: staging.appendingPathComponent(path), produce)
        writtenPaths.insert(path)
        entries.append(ManifestEntry(path: path, sha256: digest, bytes: count, stage: stage, language: language?.code))
    }

    /// Writes the file at `final` from what `produce` hands the sink, to a temporary name beside
    /// it renamed into place once complete; returns its SHA-256 and size.
    static func writeFile(
        at final: URL, _ produce: (OutputSink) throws(AdvocateError) -> Void
    ) throws(AdvocateError) -> (sha256: String, bytes: Int) {
        let temporary = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).partial")
        let handle: FileHandle
        do {
            try FileManager.default.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            handle = try FileHandle(forWritingTo: temporary)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot write '\(final.path)': \(error.localizedDescription)")
        }
        let sink = OutputSink(handle)
        do {
            try produce(sink)
        } catch {
            _ = sink.finish()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        let digest = sink.finish()
        do {
            try FileManager.default.moveItem(at: temporary, to: final)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot write '\(final.path)': \(error.localizedDescription)")
        }
        return (digest, sink.count)
    }
}

extension BuildContext {
    /// Writes a file of the build a chunk at a time (see ``OutputWriter/writeStreaming(to:stage:language:_:)``).
    public mutating func writeStreaming(to path: String, language: LanguageCode? = nil, _ produce: (OutputSink) throws(AdvocateError) -> Void) throws(AdvocateError) {
        try output.writeStreaming(to: path, stage: currentStage, language: language, produce)
    }
}
