/// A field of a contact, as a column maps to it and a filter names it.
public enum ContactField: Hashable, Sendable, CustomStringConvertible {
    /// The address.
    case email
    /// The given name and the family name.
    case firstName, lastName
    /// How to address the person, and their gender.
    case salutation, gender
    /// Where the person works and what they do there.
    case organisation, role
    /// A representative's assembly, constituency and party.
    case institution, constituency, party
    /// The language the contact reads, as an ISO 639-1 code once normalised.
    case language
    /// Labels, several to a cell, separated by `|`, `,` or `;`.
    case tags
    /// Consents as a list in one cell: `newsletter|petitions:2024-03-01`, each purpose with the
    /// day it was given if known.
    case consents
    /// Consent for one purpose in a column of its own: yes, no, or the day it was given.
    case consent(purpose: String)
    /// The first and last day of a term of office.
    case termStart, termEnd
    /// Any other column, by its header as written.
    case extra(String)

    /// The fields every contact has, in the order lists and reports show them.
    public static let standard: [ContactField] = [
        .email, .firstName, .lastName, .salutation, .gender, .organisation, .role,
        .institution, .constituency, .party, .language, .tags, .consents, .termStart, .termEnd,
    ]

    /// The field a campaign names with `key`: `email`, `first_name`, `term_end`…,
    /// `consent.PURPOSE` for one consent, and any other key for the extra column of that name.
    public init(key: String) {
        if let field = Self.standard.first(where: { $0.key == key }) {
            self = field
        } else if key.hasPrefix("consent."), key.count > "consent.".count {
            self = .consent(purpose: String(key.dropFirst("consent.".count)))
        } else {
            self = .extra(key)
        }
    }

    /// The key a campaign names the field with, and the header lists are written with.
    public var key: String {
        switch self {
        case .email: "email"
        case .firstName: "first_name"
        case .lastName: "last_name"
        case .salutation: "salutation"
        case .gender: "gender"
        case .organisation: "organisation"
        case .role: "role"
        case .institution: "institution"
        case .constituency: "constituency"
        case .party: "party"
        case .language: "language"
        case .tags: "tags"
        case .consents: "consents"
        case .consent(let purpose): "consent.\(purpose)"
        case .termStart: "term_start"
        case .termEnd: "term_end"
        case .extra(let name): name
        }
    }

    /// The field in words, for messages: "first name", "consent for 'newsletter'".
    public var description: String {
        switch self {
        case .consent(let purpose): "consent for '\(purpose)'"
        case .extra(let name): "column '\(name)'"
        default: key.split(separator: "_").joined(separator: " ")
        }
    }
}
