/// A published document the campaign cites. Its title and publisher are written as published,
/// not translated.
public struct Source: Sendable {
    /// Unique among the campaign's sources.
    public var id: Located<String>
    /// The document's title as published.
    public var title: Located<String>
    /// Who published it.
    public var publisher: Located<String>
    /// The year it was published.
    public var year: Located<Int>
    /// Where to read it, when known.
    public var url: Located<String>?
}
