public import AdvocacyCore

/// Who an audience holds: the contact exports it draws on, a filter, the consent it needs and
/// the audiences whose members it leaves out. The lists stage turns it into a list.
/// Decoded from the audience's keys the lists stage owns; read it as ``AdvocacyCore/Audience/selection``.
public struct AudienceSelection: Sendable {
    /// Ids of the campaign's `contacts` sources it draws on; empty for all of them.
    public var contacts: [Located<String>]
    /// Who among them belongs, or `nil` for everyone.
    public var filter: AudienceFilter?
    /// The purpose members must have consented to, such as `advocacy`.
    public var consent: Located<String>?
    /// Audiences whose members are left out of this one.
    public var exclude: [Located<String>]
}

/// A test on a contact's fields, as written under `where:`.
public indirect enum AudienceFilter: Sendable {
    /// `{ field: party, equals: Ecolo }`
    case equals(field: Located<String>, value: String)
    /// `{ field: language, one-of: [fr, nl] }`
    case oneOf(field: Located<String>, values: [String])
    /// `{ field: organisation, exists: true }`
    case exists(field: Located<String>)
    /// `{ has-tag: federal }`
    case hasTag(String)
    /// `{ in-office-on: 2024-06-09 }`: term start ≤ day ≤ term end.
    case inOffice(on: Located<String>)
    /// `{ not: … }`
    case not(AudienceFilter)
    /// `{ all: [ … ] }`, or a list.
    case all([AudienceFilter])
    /// `{ any: [ … ] }`
    case any([AudienceFilter])
}
