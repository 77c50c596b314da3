import Foundation

extension OutputWriter {
    /// Copies into this build, and into its manifest, the files of the previous output in the
    /// languages this build does not make (`kept`), so that `build --lang nl` leaves the French
    /// and English papers of the previous build where they were. Only files the previous
    /// manifest lists with one of `kept` as language, written by one of `stages`, and not
    /// written by this build are copied; files without a language (lists, reports) are this
    /// build's own. Each copy is checked against the SHA-256 its manifest recorded: a missing
    /// manifest, a missing file or one that changed since is refused (exit 65) rather than
    /// carried over unknown. Runs under the output's lock, before ``finish(campaign:)``.
    mutating func carryOver(languages kept: Set<String>, stages: Set<String>) throws(AdvocateError) {
        guard !kept.isEmpty, FileManager.default.fileExists(atPath: directory.path) else { return }
        let shown = Project.displayPath(directory)
        let advice = "build every language (without --lang) to replace it whole"
        guard let previous = Self.readManifest(at: directory.appendingPathComponent(Self.manifestName)) else {
            throw AdvocateError(
                .invalidInput,
                "cannot keep the other languages of the previous build: \(shown)/\(Self.manifestName) is missing or unreadable; \(advice)")
        }
        for entry in previous.files {
            guard let language = entry.language, kept.contains(language), stages.contains(entry.stage),
                Self.isSafeRelativePath(entry.path), !writtenPaths.contains(entry.path)
            else { continue }
            let source = directory.appendingPathComponent(entry.path)
            // Only a plain file inside the folder: never what a link planted in it points at.
            let inside = source.resolvingSymlinksInPath().path == directory.resolvingSymlinksInPath().appendingPathComponent(entry.path).path
            guard inside, (try? FileManager.default.attributesOfItem(atPath: source.path)[.type] as? FileAttributeType) == .typeRegular else {
                throw AdvocateError(
                    .invalidInput,
                    "cannot keep the other languages of the previous build: \(shown)/\(entry.path) is not a plain file of the output; \(advice)")
            }
            guard let handle = try? FileHandle(forReadingFrom: source) else {
                throw AdvocateError(
                    .invalidInput,
                    "cannot keep the other languages of the previous build: \(shown)/\(entry.path), listed in its manifest, is missing; \(advice)")
            }
            defer { try? handle.close() }
            let (digest, count) = try Self.writeFile(at: staging.appendingPathComponent(entry.path)) { sink throws(AdvocateError) in
                while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                    try Array(chunk).withUnsafeBufferPointer { buffer throws(AdvocateError) in try sink.write(buffer) }
                }
            }
            guard digest == entry.sha256, count == entry.bytes else {
                throw AdvocateError(
                    .invalidInput,
                    "cannot keep the other languages of the previous build: \(shown)/\(entry.path) changed since it was built (its SHA-256 is not the manifest's); \(advice)")
            }
            writtenPaths.insert(entry.path)
            entries.append(entry)
        }
    }
}
