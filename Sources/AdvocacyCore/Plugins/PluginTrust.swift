import Foundation

/// Which programs may run in a project: the one trust rule for every ``ProgramDeclaration``,
/// an external stage's `command:` or a stage option of the command kind alike. A command
/// written in the campaign's own file runs; one declared by a template it extends or by a
/// partner profile runs only when the project allows it by name (the stage's id, or
/// `stage.option` for an option), in `allowed-plugins.yaml` at the project root or with
/// `--allow-plugin NAME`. An option's default is the project's own and is not asked about.
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
        var allowlist: [String: [String]?] = [:]
        var diagnostics: [Diagnostic] = []
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
                guard let fields = decoder.fields(of: item, owner: "an allowed plugin", section: "allowed plugin"),
                      let name = decoder.value("name", in: fields).flatMap({ Self.allowedName($0, decoder: &decoder) })
                else { continue }
                let command = decoder.value("command", in: fields)
                    .flatMap { decoder.list($0, what: "the allowed command", example: "[python3, plugins/export.py]") }?
                    .compactMap { decoder.text($0, what: "a word of the command")?.value }
                allowlist[name] = command
            }
            diagnostics += decoder.diagnostics
        }
        self.init(ownFile: ownFile, allowlist: allowlist, allowed: allowed)
        self.diagnostics = diagnostics
    }

    /// The trust for a campaign in `ownFile`, with the names `allowlist` allows (pinning a
    /// command or not) and those `allowed` on the command line.
    init(ownFile: String, allowlist: [String: [String]?] = [:], allowed: Set<String> = []) {
        self.ownFile = ownFile
        self.allowlist = allowlist
        allowedOnCommandLine = allowed
    }

    /// An allowlist name: an external stage's id (`crm-export`), or a stage's id and its
    /// command option's name (`draft.pdf-engine`).
    private static func allowedName(_ node: YAMLNode, decoder: inout NodeDecoder) -> String? {
        guard let text = decoder.text(node, what: "the plugin name") else { return nil }
        let parts = text.value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ NodeDecoder.isIdentifier(String($0)) }) else {
            decoder.error(
                "the plugin name '\(text.value)' is not a valid name; use an external stage's id, such as 'crm-export', or a stage and its command option, such as 'draft.pdf-engine'",
                at: node.location)
            return nil
        }
        return text.value
    }

    /// Why `program` may run, or why not.
    public func decision(for program: ProgramDeclaration) -> Decision {
        if program.declaredAt.file == ownFile { return .allowed("written in the campaign's own file") }
        if allowedOnCommandLine.contains(program.name) { return .allowed("allowed with --allow-plugin") }
        let declarer = program.declaredAt.file.contains("/partners/") ? "the partner profile" : "a campaign this one extends"
        let what = "\(program.subject) would run `\(program.commandLine)`, declared in \(declarer) \(program.declaredAt.file)"
        if let entry = allowlist[program.name] {
            guard let pinned = entry, pinned != program.command else { return .allowed("allowed by \(Self.allowlistFile)") }
            return .refused("\(what), but \(Self.allowlistFile) allows it to run only `\(pinned.joined(separator: " "))`; review the change and update \(Self.allowlistFile)")
        }
        return .refused("\(what), which this project does not trust to run programs; allow it in \(Self.allowlistFile) or with --allow-plugin \(program.name)")
    }

    /// Whether a program may run, and why.
    /// In JSON: `{"mayRun": Bool, "reason": String}`.
    public enum Decision: Sendable, Equatable, CustomStringConvertible, Encodable {
        /// It may run, for the reason given.
        case allowed(String)
        /// It may not, for the reason given.
        case refused(String)

        /// Whether it may run.
        public var mayRun: Bool {
            if case .allowed = self { return true }
            return false
        }

        /// Why it may run, or why not.
        public var reason: String {
            switch self {
            case .allowed(let reason), .refused(let reason): reason
            }
        }

        /// The reason, after "refused: " when it may not run.
        public var description: String { mayRun ? reason : "refused: \(reason)" }

        private enum CodingKeys: String, CodingKey { case mayRun, reason }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(mayRun, forKey: .mayRun)
            try container.encode(reason, forKey: .reason)
        }
    }
}
