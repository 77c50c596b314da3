/// A group of people the campaign speaks to.
public struct Audience: Sendable {
    /// Unique among the campaign's audiences.
    public var id: Located<String>
    /// A name for the group.
    public var title: LocalizedText
    /// Who is in it and why.
    public var description: LocalizedText?
    /// What stages decoded from the audience's keys they own, by type.
    public var stageData = StageData()
}
