/// Naming rules for campaign files.
public enum CampaignFile {
    /// The extensions a campaign file may have.
    public static let extensions = ["yaml", "yml"]

    /// Whether `id` is a valid campaign id: lowercase letters, digits and single hyphens.
    public static func isValidID(_ id: String) -> Bool {
        NodeDecoder.isIdentifier(id)
    }

    /// The campaign id a file's name implies: `Campaigns/decent-work.yaml` → `decent-work`.
    public static func id(ofPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for ext in extensions where name.hasSuffix(".\(ext)") {
            return String(name.dropLast(ext.count + 1))
        }
        return name
    }
}
