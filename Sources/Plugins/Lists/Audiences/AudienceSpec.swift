/// One audience of a campaign as the lists stage builds it: who is in it, and what they must
/// have agreed to.
public struct AudienceSpec: Hashable, Sendable {
    /// The audience's id in the campaign; lists and reports are named after it.
    public var id: String
    /// Who belongs to it.
    public var filter: ContactFilter
    /// The purpose a member must have consented to (`newsletter`, `petitions`…), or `nil` when
    /// the audience needs none, as for elected representatives written to in their office.
    /// Members without it are left out, and reported.
    public var purpose: String?

    /// An audience.
    public init(id: String, filter: ContactFilter = .everyone, purpose: String? = nil) {
        self.id = id
        self.filter = filter
        self.purpose = purpose
    }
}
