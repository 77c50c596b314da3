/// One mapping of the campaign format: a campaign, a demand, a source… and the keys it may
/// hold, in the order the format reference lists them.
public struct FormatSection: Sendable, Equatable {
    /// The section's name, as types refer to it (``FormatType/section(_:)``): `demand`.
    public let name: String
    /// One sentence saying what the mapping describes.
    public let help: String
    /// Its keys.
    public let fields: [FormatField]
    /// The keys, in order.
    public let keys: [String]
    /// The keys that must be written.
    public let requiredKeys: [String]
    /// Keys beyond ``fields`` the mapping may hold, such as a glossary term's translations by
    /// language; `nil` when it holds only its declared keys.
    public let otherKeys: OtherKeys?
    /// Other ways a value of the section may be written instead of the mapping, such as a
    /// pipeline stage by its name alone, or a list of filters that must all pass.
    public let otherForms: [FormatType]

    /// Declares a section; `otherForms` are what may be written in place of its mapping.
    public init(_ name: String, help: String, otherForms: [FormatType] = [], fields: [FormatField], otherKeys: OtherKeys? = nil) {
        self.name = name
        self.help = help
        self.fields = fields
        self.otherKeys = otherKeys
        self.otherForms = otherForms
        // Kept beside the fields: every mapping decoded asks for them.
        keys = fields.map(\.key)
        requiredKeys = fields.filter(\.isRequired).map(\.key)
    }

    /// The field declared for `key`, if any.
    public func field(_ key: String) -> FormatField? {
        fields.first { $0.key == key }
    }

    /// The section with `more` keys after its own.
    func adding(_ more: [FormatField]) -> FormatSection {
        FormatSection(name, help: help, otherForms: otherForms, fields: fields + more, otherKeys: otherKeys)
    }

    /// Keys a mapping may hold beyond its declared ones.
    public enum OtherKeys: Sendable, Equatable {
        /// Each of the campaign's languages, with a value of this type.
        case languages(FormatType)
    }
}
