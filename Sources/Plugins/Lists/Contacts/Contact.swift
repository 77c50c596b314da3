/// One person on a list, normalised: fields trimmed and in Unicode NFC, the address checked.
public struct Contact: Hashable, Sendable {
    /// The address for the envelope: the local part as written, the domain lower-case and in
    /// its ASCII (punycode) form.
    public var email: String
    /// The given name.
    public var firstName = ""
    /// The family name.
    public var lastName = ""
    /// How to address the person: `Mme`, `Dr`, `Mevrouw`…
    public var salutation = ""
    /// The gender as the export gives it.
    public var gender = ""
    /// The organisation the person belongs to or works for.
    public var organisation = ""
    /// The person's role or job title.
    public var role = ""
    /// The assembly or body a representative sits in.
    public var institution = ""
    /// The constituency a representative was elected in.
    public var constituency = ""
    /// The political party.
    public var party = ""
    /// The language the contact reads: an ISO 639-1 code when it could be recognised, else the
    /// value as written, lower-case; empty when the export does not say.
    public var language = ""
    /// Labels, each once, in the order first seen.
    public var tags: [String] = []
    /// Consents, one per purpose, in the order first seen.
    public var consents: [Consent] = []
    /// The first day of the current term of office.
    public var termStart: CalendarDay?
    /// The last day of the current term of office; `nil` while open-ended.
    public var termEnd: CalendarDay?
    /// Every other column, by header, in the file's order.
    public var extra: [ExtraField] = []
    /// The row the contact was first read from; merged duplicates are in the book's merges.
    public var origin: RowOrigin

    /// A contact with an address and an origin, every other field empty.
    public init(email: String, origin: RowOrigin) {
        self.email = email
        self.origin = origin
    }

    /// The value of `field` as text: tags and consents as one cell would hold them, days in
    /// ISO form, an absent extra column as empty.
    public subscript(field: ContactField) -> String {
        switch field {
        case .email: email
        case .firstName: firstName
        case .lastName: lastName
        case .salutation: salutation
        case .gender: gender
        case .organisation: organisation
        case .role: role
        case .institution: institution
        case .constituency: constituency
        case .party: party
        case .language: language
        case .tags: tags.joined(separator: "|")
        case .consents: consents.map { consent in consent.given.map { "\(consent.purpose):\($0)" } ?? consent.purpose }.joined(separator: "|")
        case .consent(let purpose): consents.first { $0.purpose == purpose }.map { $0.given?.description ?? "yes" } ?? ""
        case .termStart: termStart?.description ?? ""
        case .termEnd: termEnd?.description ?? ""
        case .extra(let name): extra.first { $0.name == name }?.value ?? ""
        }
    }
}

/// A column of a contacts file that is not one of a contact's own fields.
public struct ExtraField: Hashable, Sendable {
    /// The column's header as written.
    public var name: String
    /// The value, trimmed and in NFC; line breaks are kept.
    public var value: String

    /// A named value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
