/// How long a text may be, wherever it comes from (a campaign, a translation import, an
/// engine's answer): far beyond any real campaign, far below what would make a build crawl.
public enum TextLimits {
    /// The most characters a one-line text (a title, a subject) may have.
    public static let oneLine = 1_000
    /// The most bytes (UTF-8) any text may have: a long paper's context is a few KiB.
    public static let text = 256 << 10

    /// Why `text`, of `kind`, is too long, as the end of a sentence starting with what it is
    /// ("the title … is …"), or `nil` when it is within the limits.
    public static func excess(of text: String, kind: TextKind) -> String? {
        let bytes = text.utf8.count
        if bytes > Self.text {
            return "\(bytes >> 10) KiB long; a text is at most \(Self.text >> 10) KiB, so shorten it or split it"
        }
        if kind == .line, bytes > Self.oneLine {
            let characters = text.count
            if characters > Self.oneLine {
                return "\(characters) characters long; a one-line text is at most \(Self.oneLine) characters, so shorten it"
            }
        }
        return nil
    }
}
