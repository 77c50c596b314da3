public import Foundation

extension Project {
    /// The file a project-relative `path` names, if it stays inside the project: not absolute,
    /// no `..` leading out of the root, and no symbolic link pointing out of it. `what` names
    /// the path in the message ("the template path").
    public func containedFile(_ path: String, what: String) -> Result<URL, ContainmentError> {
        guard !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("\0") else {
            return .failure(ContainmentError(message: "\(what) '\(path)' is absolute; write it relative to the project folder"))
        }
        let url = root.appendingPathComponent(path).standardizedFileURL
        guard Self.isInside(url.path, root.path) else {
            return .failure(ContainmentError(message: "\(what) '\(path)' leads out of the project folder; keep it inside"))
        }
        guard !linkLeadsOut(url) else {
            return .failure(ContainmentError(message: "\(what) '\(path)' is a link to a place outside the project folder"))
        }
        return .success(url)
    }

    /// Whether `url`, inside the project as written, is or passes through a symbolic link to a
    /// place outside it.
    public func linkLeadsOut(_ url: URL) -> Bool {
        let written = url.standardizedFileURL.path
        return Self.isInside(written, root.path)
            && !Self.isInside(url.standardizedFileURL.resolvingSymlinksInPath().path, root.resolvingSymlinksInPath().path)
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}

/// Why a path from a campaign, template or partner file was refused.
public struct ContainmentError: Error, Sendable {
    /// A whole sentence for the diagnostic.
    public let message: String
}
