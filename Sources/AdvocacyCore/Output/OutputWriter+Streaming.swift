import Crypto
import Foundation

/// Where a stage writes a large file a chunk at a time: the bytes go to disk as they come and
/// into the file's SHA-256, never all into memory.
public final class OutputSink {
    private let handle: FileHandle
    /// The file's final path, for messages.
    private let path: String
    private var hasher = SHA256()
    private(set) var count = 0

    init(_ handle: FileHandle, path: String) {
        self.handle = handle
        self.path = path
    }

    /// Appends `bytes` to the file; a failure (a full disk) names the file and the system's reason.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(AdvocateError) {
        hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
        count += bytes.count
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(handle.fileDescriptor, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let reason = written < 0 ? String(cString: strerror(errno)) : "nothing was written"
                throw AdvocateError(.cannotCreateOutput, "cannot write '\(Project.displayPath(URL(fileURLWithPath: path)))': \(reason)")
            }
            offset += written
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
        let sink = OutputSink(handle, path: final.path)
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
    /// In a dry build the bytes go to `/dev/null`.
    public mutating func writeStreaming(to path: String, language: LanguageCode? = nil, _ produce: (OutputSink) throws(AdvocateError) -> Void) throws(AdvocateError) {
        guard output != nil else { return try produce(OutputSink(FileHandle.nullDevice, path: "/dev/null")) }
        try output?.writeStreaming(to: path, stage: currentStage, language: language, produce)
    }
}
