/// One file a build wrote, as `manifest.json` lists it.
public struct ManifestEntry: Codable, Sendable, Equatable {
    /// The path relative to the campaign's output folder, with `/` separators.
    public var path: String
    /// The SHA-256 of the contents, in lowercase hexadecimal.
    public var sha256: String
    /// The size in bytes.
    public var bytes: Int
    /// The stage that wrote it.
    public var stage: String
    /// The language it is in, for language-specific files.
    public var language: String?
}

/// `manifest.json`: the campaign and every file its build wrote, sorted by path.
public struct Manifest: Codable, Sendable, Equatable {
    /// The campaign's id.
    public var campaign: String
    /// The files, sorted by path.
    public var files: [ManifestEntry]
}
