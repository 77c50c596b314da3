/// Two rows found to be one person (the same address, up to case) and merged into one contact.
public struct Merge: Hashable, Sendable {
    /// The merged contact's address.
    public var address: String
    /// The row the contact was first read from, whose fields won.
    public var kept: RowOrigin
    /// The later row merged into it.
    public var merged: RowOrigin
    /// The address as the later row wrote it.
    public var mergedAddress: String
    /// The fields the later row filled because the contact had them empty, and the tags and
    /// consents it added.
    public var filled: [ContactField]

    /// A merge.
    public init(address: String, kept: RowOrigin, merged: RowOrigin, mergedAddress: String, filled: [ContactField]) {
        self.address = address
        self.kept = kept
        self.merged = merged
        self.mergedAddress = mergedAddress
        self.filled = filled
    }
}

/// Two different addresses that look alike: kept apart, and reported for a person to check.
public struct Lookalike: Hashable, Sendable {
    /// The later address, as it will be written to.
    public var address: String
    /// Where the later address was read.
    public var origin: RowOrigin
    /// The earlier address it resembles.
    public var resembles: String
    /// Where the earlier address was read.
    public var resemblesOrigin: RowOrigin
    /// What both look like: lower-case, compatibility characters and lookalike letters replaced.
    public var skeleton: String

    /// A pair of lookalikes.
    public init(address: String, origin: RowOrigin, resembles: String, resemblesOrigin: RowOrigin, skeleton: String) {
        self.address = address
        self.origin = origin
        self.resembles = resembles
        self.resemblesOrigin = resemblesOrigin
        self.skeleton = skeleton
    }
}
