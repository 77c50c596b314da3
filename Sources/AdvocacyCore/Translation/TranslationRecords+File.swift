import Foundation

extension TranslationRecords {
    /// The records file of a campaign file, in a `translations` folder beside it:
    /// `Campaigns/decent-work.yaml` → `Campaigns/translations/decent-work.yaml`.
    public static func file(forCampaignFile file: String) -> String {
        let name = CampaignFile.id(ofPath: file) + ".yaml"
        let folder = file.lastIndex(of: "/").map { String(file[...$0]) } ?? ""
        return folder + "translations/" + name
    }

    /// The records in `file`, empty when there is none, and the problems in it: a file that is
    /// not a regular file, or a link from inside `project` to a place outside it, is refused.
    public static func read(_ file: String, in project: Project) -> (TranslationRecords, [Diagnostic], SourceText?) {
        var status = stat()
        guard lstat(file, &status) == 0 else { return (TranslationRecords(), [], nil) }
        let start = SourceLocation(file: file, line: 1, column: 1)
        if project.linkLeadsOut(URL(fileURLWithPath: file)) {
            let message = "the translations file '\(file)' is a link to a place outside the project folder; put the file itself there"
            return (TranslationRecords(), [.error(message, at: start)], nil)
        }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file, what: "the translations file")
        } catch {
            return (TranslationRecords(), [.error(error.message, at: start)], nil)
        }
        let yaml = YAMLLoader.load(bytes, file: file)
        var decoder = NodeDecoder()
        var records = TranslationRecords()
        if let root = yaml.root, let fields = decoder.fields(of: root, owner: "the translation records", section: "translation records") {
            for entry in decoder.value("sources", in: fields)?.mapping ?? [] {
                for text in entry.value.mapping ?? [] {
                    records.sources[entry.key, default: [:]][text.key] =
                        decoder.text(text.value, what: "the recorded source of '\(entry.key)'", kind: .multiline)?.value
                }
            }
            for languageEntry in decoder.value("translations", in: fields)?.mapping ?? [] {
                let keyNode = YAMLNode(.scalar(YAMLScalar(text: languageEntry.key, style: .plain)), at: languageEntry.keyLocation)
                guard let language = decoder.language(keyNode, what: "the language of the records") else { continue }
                for entry in languageEntry.value.mapping ?? [] {
                    if let record = decoder.translationRecord(entry.value, key: entry.key) {
                        records.records[language.value, default: [:]][entry.key] = record
                    }
                }
            }
        }
        return (records, yaml.diagnostics + decoder.diagnostics, SourceText(bytes: bytes))
    }

    /// The file's text: sorted, so that a review shows exactly what changed; `schema`, the
    /// path of the records' JSON Schema from the file, heads it for editors when given.
    public func yaml(campaign: String, schema: String? = nil) -> String {
        let kept = pruned()
        var lines = schema.map { ["# yaml-language-server: $schema=\($0)"] } ?? []
        lines += [
            "# Translation records of '\(campaign)', written by advocate (i18n import, i18n review, translate).",
            "# For each language and text, the source text the translation was made from and its state:",
            "# a translation whose source has changed since is stale. A 'text' here is used instead of the",
            "# one written in the campaign ('replaces' names the older one). Review changes like code.",
        ]
        lines.append("sources:")
        for key in kept.sources.keys.sorted() {
            lines.append("  \(key):")
            for (hash, text) in kept.sources[key]!.sorted(by: { $0.key < $1.key }) {
                lines.append("    \"\(hash)\": \(Self.quoted(text))")
            }
        }
        lines.append("translations:")
        for language in kept.records.keys.sorted() {
            lines.append("  \(language.code):")
            for (key, record) in kept.records[language]!.sorted(by: { $0.key < $1.key }) {
                var line = "    \(key): { source: \"\(record.sourceHash)\", state: \(record.origin.rawValue)"
                if let text = record.text { line += ", text: \(Self.quoted(text))" }
                if let replaced = record.replaces { line += ", replaces: \"\(replaced)\"" }
                lines.append(line + " }")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the records beside `campaignFile`, atomically.
    public func write(besideCampaignFile campaignFile: String, campaign: String) throws(AdvocateError) {
        let file = Self.file(forCampaignFile: campaignFile)
        do {
            let url = URL(fileURLWithPath: file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(yaml(campaign: campaign, schema: Self.schema(from: file)).utf8).write(to: url, options: .atomic)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot write \(file): \(error.localizedDescription)")
        }
    }

    /// The path of the records' schema in the project's `schema/` folder, from the records file
    /// at `file` (relative to the project folder); `nil` for a file given another way.
    static func schema(from file: String) -> String? {
        guard !file.hasPrefix("/"), !file.hasPrefix("..") else { return nil }
        let depth = file.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + FormatSchema.folder + "/" + FormatSchema.Document.translations.fileName
    }

    /// A YAML double-quoted scalar that reads back as exactly `text`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    result += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension NodeDecoder {
    mutating func translationRecord(_ node: YAMLNode, key: String) -> TranslationRecords.Record? {
        guard let fields = fields(of: node, owner: "the record of '\(key)'", section: "translation record"),
              let hash = value("source", in: fields).flatMap({ text($0, what: "the source fingerprint") }),
              let origin = value("state", in: fields).flatMap({ choice($0, what: "the state", as: TranslationRecords.Origin.self) })
        else { return nil }
        let translation = value("text", in: fields).flatMap { text($0, what: "the translation of '\(key)'", kind: .multiline) }
        let replaced = value("replaces", in: fields).flatMap { text($0, what: "the fingerprint of the replaced text") }
        return TranslationRecords.Record(
            sourceHash: hash.value, origin: origin.value, text: translation?.value, replaces: replaced?.value, location: node.location)
    }
}
