/// The messages of the external plugin protocol (docs/plugins.md): advocate writes a handshake
/// and a request to the plugin's stdin, one JSON object per line; the plugin answers on stdout
/// with its handshake and one response.
///
/// Since 1.1 a request is either a build (`"type": "request"`) or a check (`"type": "check"`),
/// which `validate` sends so that the plugin reports its demands on the campaign without
/// making anything; a plugin answers a check only when its handshake lists ``checkCapability``.
enum PluginProtocol {
    /// The protocol version advocate speaks; a plugin must speak the same major version.
    static let version = "1.1"
    /// The capability a plugin lists in its handshake when it answers a check request.
    static let checkCapability = "check"
    /// What advocate can do, as its handshake lists it.
    static let capabilities = ["files", "diagnostics", checkCapability]

    struct Handshake: Codable {
        var type = "handshake"
        var `protocol`: String
        var advocate: String?
        var plugin: String?
        var capabilities: [String]?
    }

    struct Request: Encodable {
        /// `request` to build, `check` to report problems only.
        var type = "request"
        let stage: String
        let options: [String: JSONValue]
        let languages: [String]
        let campaign: CampaignJSON
    }

    struct Response: Decodable {
        let type: String
        let files: [File]?
        let diagnostics: [Problem]?
    }

    /// A file the plugin asks advocate to write into the build's output.
    struct File: Decodable {
        let path: String
        let text: String
        let language: String?
    }

    /// A problem the plugin found in the campaign: its own content error, not a failure.
    struct Problem: Decodable {
        let severity: String
        let message: String
        /// The key of the campaign value at fault, such as `demands.fair-price.title`.
        let key: String?
    }

    /// The major version: "1" of "1.0".
    static func major(of version: String) -> Substring {
        version.split(separator: ".").first ?? Substring(version)
    }
}
