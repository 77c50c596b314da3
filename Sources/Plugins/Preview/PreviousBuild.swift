public import AdvocacyCore
public import Foundation

/// What a build's output folder held before a new build replaces it: its manifest and the text
/// of its text files, so that the preview can say what changed and show changed texts side by
/// side.
public struct PreviousBuild: Sendable {
    /// The manifest of the previous build.
    public let manifest: Manifest
    /// The contents of its text files (Markdown, HTML, CSV, JSON, text) up to ``textLimit``
    /// bytes each, by path in the manifest.
    public let texts: [String: String]

    /// The largest text file kept for the side-by-side view.
    public static let textLimit = 512 * 1024
    static let textExtensions: Set<String> = ["md", "html", "csv", "json", "txt", "eml"]

    /// The build in `folder` (`OUT/<campaign>/`), or `nil` when it has no readable manifest.
    public static func read(from folder: URL) -> PreviousBuild? {
        guard let manifest = OutputWriter.readManifest(at: folder.appendingPathComponent(OutputWriter.manifestName)) else { return nil }
        var texts: [String: String] = [:]
        for file in manifest.files where file.bytes <= textLimit && textExtensions.contains((file.path as NSString).pathExtension) {
            // A path from the manifest stays inside the folder: no absolute path, no '..'.
            guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains("..") else { continue }
            if let bytes = try? InputFile.read(folder.appendingPathComponent(file.path).path, what: "a file of the previous build") {
                texts[file.path] = String(decoding: bytes, as: UTF8.self)
            }
        }
        return PreviousBuild(manifest: manifest, texts: texts)
    }
}
