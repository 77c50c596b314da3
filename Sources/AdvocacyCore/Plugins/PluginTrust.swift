import Foundation

/// Which external programs may run in a project. A command written in the campaign's own file
/// runs; one declared by a template it extends or by a partner profile runs only when the
/// project allows it by name, in `allowed-plugins.yaml` at the project root or with
/// `--allow-plugin NAME`.
public struct PluginTrust: Sendable {
    /// The allowlist's file name, at the project root.
    public static let allowlistFile = "allowed-plugins.yaml"

    /// The campaign's own file: commands written there are the project's own.
    let ownFile: String
    /// Names allowed by the allowlist file, with the command it pins, if any.
    let allowlist: [String: [String]?]
    /// Names allowed on the command line.
    let allowedOnCommandLine: Set<String>
    /// Problems in the allowlist file.
    private(set) var diagnostics: [Diagnostic] = []

    /// The trust of `project` for a campaign in `ownFile`, with `allowed` names from the command line.
    init(project: Project, ownFile: String, allowed: Set<String>) {
        self.ownFile = ownFile
        allowedOnCommandLine = allowed
        var allowlist: [String: [String]?] = [:]
        let url = project.root.appendingPathComponent(Self.allowlistFile)
        let file = Project.displayPath(url)
        var bytes: [UInt8]?
        var status = stat()
        if lstat(url.path, &status) == 0 {
            do {
                bytes = try InputFile.read(file, what: "the plugin allowlist")
            } catch {
                diagnostics.append(.error(error.message, at: SourceLocation(file: file, line: 1, column: 1)))
            }
        }
        if let bytes {
            let yaml = YAMLLoader.load(bytes, file: file)
            diagnostics += yaml.diagnostics
            var decoder = NodeDecoder()
            for item in yaml.root.flatMap({ decoder.list($0, what: "the allowlist", example: "'- name: crm-export'") }) ?? [] {
                guard let fields = decoder.fields(of: item, owner: "an allowed plugin", allowed: ["name", "command"]),
                      let name = decoder.required("name", in: fields).flatMap({ decoder.identifier($0, what: "the plugin name") })
                else { continue }
                let command = decoder.optional("command", in: fields)
                    .flatMap { decoder.list($0, what: "the allowed command", example: "[python3, plugins/export.py]") }?
                    .compactMap { decoder.text($0, what: "a word of the command")?.value }
                allowlist[name.value] = command
            }
            diagnostics += decoder.diagnostics
        }
        self.allowlist = allowlist
    }

    /// Why `plugin` may run, or why not.
    public func decision(for plugin: PluginDeclaration) -> Decision {
        if plugin.declaredAt.file == ownFile { return .allowed("written in the campaign's own file") }
        if allowedOnCommandLine.contains(plugin.name.value) { return .allowed("allowed with --allow-plugin") }
        let declarer = plugin.declaredAt.file.contains("/partners/") ? "the partner profile" : "a campaign this one extends"
        if let entry = allowlist[plugin.name.value] {
            guard let pinned = entry, pinned != plugin.command.map(\.value) else { return .allowed("allowed by \(Self.allowlistFile)") }
            return .refused("stage '\(plugin.name.value)' would run `\(plugin.commandLine)`, declared in \(declarer) \(plugin.declaredAt.file), but \(Self.allowlistFile) allows it to run only `\(pinned.joined(separator: " "))`; review the change and update \(Self.allowlistFile)")
        }
        return .refused("stage '\(plugin.name.value)' would run `\(plugin.commandLine)`, declared in \(declarer) \(plugin.declaredAt.file), which this project does not trust to run programs; allow it in \(Self.allowlistFile) or with --allow-plugin \(plugin.name.value)")
    }

    /// Whether an external program may run, and why.
    public enum Decision: Sendable, Equatable {
        /// It may run, for the reason given.
        case allowed(String)
        /// It may not, for the reason given.
        case refused(String)
    }
}
