/// The first version of a campaign written from nothing, as `advocate new --blank` writes it:
/// every key a campaign must have, each with a value to replace and its help from the format
/// declaration above it, so that it validates and builds as it is.
public enum BlankCampaign {
    /// The file's text for a campaign `id` in `languages` (the first is the source language),
    /// spoken by the partner `partner` when given, read with `format`.
    public static func text(id: String, languages: [LanguageCode], partner: String?, format: FormatDeclaration) -> String {
        let source = languages.first?.code ?? "en"
        func help(_ key: String, in section: String = "campaign") -> String {
            "# " + (format[section]?.field(key)?.help ?? "")
        }
        var lines = [
            "# \(id): a new campaign. Replace each value; every key is explained in docs/reference.md",
            "# (or by your editor, with the schema: advocate schema > schema/campaign.schema.json).",
            "# Check it with: advocate validate \(id)    Build it with: advocate build \(id)",
            help("id"), "id: \(id)",
            help("title"), "title:", "  \(source): Title of the campaign",
            help("languages"), "languages: [\(languages.map(\.code).joined(separator: ", "))]",
        ]
        if let partner { lines += [help("partner"), "partner: \(partner)"] }
        lines += [
            help("status"), "status: draft",
            help("summary"), "summary:", "  \(source): |", "    What the campaign is about, and why now, in a paragraph or two.",
            help("demands"), "demands:",
            "  " + help("id", in: "demand"), "  - id: first-demand",
            "    " + help("title", in: "demand"), "    title:", "      \(source): The first demand, in one line",
            "    " + help("body", in: "demand"), "    body:", "      \(source): |", "        The demand and its reasoning.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
