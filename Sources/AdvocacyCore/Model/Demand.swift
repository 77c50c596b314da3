/// One thing the campaign asks for, with its reasoning and the sources behind it.
public struct Demand: Sendable {
    /// Unique among the campaign's demands.
    public var id: Located<String>
    /// The demand in a sentence.
    public var title: LocalizedText
    /// The demand and its reasoning, in Markdown.
    public var body: LocalizedText
    /// Ids of the sources it cites, in the order cited.
    public var sources: [Located<String>]
}
