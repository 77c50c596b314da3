/// A message the campaign sends to one of its audiences.
public struct Mailing: Sendable {
    /// Unique among the campaign's mailings.
    public var id: Located<String>
    /// The id of the audience it goes to.
    public var audience: Located<String>
    /// The subject line.
    public var subject: LocalizedText
    /// The message, in Markdown.
    public var body: LocalizedText
    /// What stages decoded from the mailing's keys they own, by type.
    public var stageData = StageData()
}
