/// Who an audience holds: the contact exports it draws on, a filter, the consent it needs and
/// the audiences whose members it leaves out. The lists stage turns it into a list.
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

/// A contact export a campaign reads: a CSV file as a spreadsheet or CRM wrote it.
public struct ContactSourceSpec: Sendable {
    /// Its id, which audiences name.
    public var id: Located<String>
    /// The file, inside the project.
    public var file: Located<String>
    /// `utf-8` (the default) or `windows-1252`.
    public var encoding: Located<String>?
    /// `,`, `;` or `tab`; detected from the header line when not given.
    public var delimiter: Located<String>?
    /// The file's headers mapped to contact fields, beyond the synonyms advocate knows.
    public var columns: [(header: String, field: String)]
    /// The language of rows that give none.
    public var language: Located<LanguageCode>?
}
