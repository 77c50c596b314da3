public import Foundation

/// A campaign project: a folder holding `Campaigns/`. Finds campaign files by path or by id.
public struct Project: Sendable {
    /// The folder of campaign files, relative to the project root.
    public static let campaignsFolder = "Campaigns"
    /// The folder of templates that are not campaigns themselves.
    public static let templatesFolder = "Campaigns/templates"
    /// The folder of partner profiles.
    public static let partnersFolder = "Campaigns/partners"

    /// The project's root folder.
    public let root: URL

    /// A project rooted at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The project holding `directory`: the nearest folder at or above it that has a
    /// `Campaigns/` folder, or `directory` itself when none does.
    public static func enclosing(_ directory: URL) -> Project {
        var candidate = directory.standardizedFileURL
        while true {
            var isDirectory: ObjCBool = false
            let campaigns = candidate.appendingPathComponent(campaignsFolder).path
            if FileManager.default.fileExists(atPath: campaigns, isDirectory: &isDirectory), isDirectory.boolValue {
                return Project(root: candidate)
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { return Project(root: directory.standardizedFileURL) }
            candidate = parent
        }
    }

    /// The project around the current directory.
    public static var current: Project {
        enclosing(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Every campaign file directly in `Campaigns/`, sorted by name, as paths to show the user.
    public func campaignFiles() -> [String] {
        Self.campaignFiles(in: root.appendingPathComponent(Self.campaignsFolder))
    }

    /// Every campaign file directly in `folder`, sorted by name, as paths to show the user.
    public static func campaignFiles(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names
            .filter { name in CampaignFile.extensions.contains { name.hasSuffix(".\($0)") } && !name.hasPrefix(".") }
            .sorted()
            .map { Self.displayPath(folder.appendingPathComponent($0)) }
    }

    /// The file for a `CAMPAIGN` argument: a path to a file, or an id found under `Campaigns/`.
    public func campaignFile(for argument: String) throws(AdvocateError) -> String {
        let looksLikePath = argument.contains("/") || CampaignFile.extensions.contains { argument.hasSuffix(".\($0)") }
        if looksLikePath {
            guard FileManager.default.fileExists(atPath: argument) else {
                throw AdvocateError(.missingInput, "there is no campaign file at '\(argument)'")
            }
            return argument
        }
        for ext in CampaignFile.extensions {
            let url = root.appendingPathComponent(Self.campaignsFolder).appendingPathComponent("\(argument).\(ext)")
            if FileManager.default.fileExists(atPath: url.path) { return Self.displayPath(url) }
        }
        let known = campaignFiles().map(CampaignFile.id(ofPath:))
        let hint = Suggestion.closest(to: argument, among: known).map { " Did you mean '\($0)'?" }
            ?? (known.isEmpty ? "" : " Campaigns here: \(known.joined(separator: ", ")).")
        throw AdvocateError(
            .missingInput,
            "there is no campaign '\(argument)' in \(Self.displayPath(root.appendingPathComponent(Self.campaignsFolder)))/.\(hint)")
    }

    /// A path relative to the current directory when the file is below it, else absolute.
    public static func displayPath(_ url: URL) -> String {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
