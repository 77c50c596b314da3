public import AdvocacyCore

/// The campaign's `contacts:` and `suppression:`, the top-level keys the lists stage owns, as
/// it decoded them; read them as ``AdvocacyCore/Campaign/contacts`` and
/// ``AdvocacyCore/Campaign/suppression``.
public struct ContactExports: Sendable {
    /// The contact exports audiences draw on.
    public var sources: [ContactSourceSpec]
    /// The suppression list (unsubscribed, bounced, complained) applied to every audience.
    public var suppression: Located<String>?
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
