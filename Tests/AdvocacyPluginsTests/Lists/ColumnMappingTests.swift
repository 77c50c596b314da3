import AdvocacyPlugins
import Testing

@Suite("Column mapping")
struct ColumnMappingTests {
    /// A header as some export writes it, and the field it must give.
    static let synonyms: [(header: String, field: ContactField)] = [
        ("E-mail", .email), ("Courriel", .email), ("Adresse e-mail", .email), ("E-mailadres", .email), ("Email Address", .email),
        ("Prénom", .firstName), ("Voornaam", .firstName), ("Vorname", .firstName), ("First name", .firstName), ("first_name", .firstName),
        ("Nom", .lastName), ("Achternaam", .lastName), ("Nachname", .lastName), ("Last Name", .lastName), ("Familienaam", .lastName),
        ("Civilité", .salutation), ("Aanspreking", .salutation), ("Anrede", .salutation),
        ("Genre", .gender), ("Geslacht", .gender),
        ("Organisation", .organisation), ("Organisatie", .organisation), ("Company", .organisation), ("Société", .organisation),
        ("Fonction", .role), ("Functie", .role), ("Job Title", .role),
        ("Institution", .institution), ("Circonscription", .constituency), ("Kieskring", .constituency),
        ("Parti", .party), ("Partij", .party), ("Partei", .party),
        ("Langue", .language), ("Taal", .language), ("Sprache", .language), ("Language", .language),
        ("Tags", .tags), ("Étiquettes", .tags),
        ("Consents", .consents), ("Consent newsletter", .consent(purpose: "newsletter")),
        ("Consentement pétitions", .consent(purpose: "pétitions")), ("Opt-in: Events", .consent(purpose: "events")),
        ("Début de mandat", .termStart), ("Einde mandaat", .termEnd), ("term_end", .termEnd),
        ("Title", .extra("Title")), ("Naam", .extra("Naam")), ("Membre depuis", .extra("Membre depuis")),
    ]

    @Test("headers in English, French, Dutch and German", arguments: synonyms)
    func synonym(header: String, field: ContactField) throws {
        let files = try ContactFiles()
        let value: String
        switch field {
        case .email: value = "a@example.org"
        case .consent: value = "2024-03-01"
        case .consents: value = "newsletter"
        case .termStart, .termEnd: value = "16/07/2024"
        case .language: value = "nl"
        default: value = "Value"
        }
        let text = field == .email ? "\"\(header)\",other\n\(value),x\n" : "email,\"\(header)\"\na@example.org,\(value)\n"
        let book = try files.book(text)
        let contact = try #require(book.contacts.first)
        #expect(contact[field] == (field == .termEnd || field == .termStart ? "2024-07-16" : value))
    }

    @Test("explicit columns win over synonyms and take any header")
    func explicitColumns() throws {
        let files = try ContactFiles()
        let book = try files.book(
            "Adres,Naam,Nom\na@example.org,Marie Dubois,Dubois\n",
            columns: ["Adres": .email, "naam": .lastName])
        #expect(book[0].lastName == "Marie Dubois")
        #expect(book[0].extra == [ExtraField(name: "Nom", value: "Dubois")])
    }

    @Test("an explicit column the file lacks is an error")
    func unknownExplicitColumn() throws {
        let files = try ContactFiles()
        let path = try files.write("contacts.csv", "email\na@example.org\n")
        #expect(throws: ListError.self) {
            try ContactBook(reading: [ContactSource(path: path, columns: ["Courriel": .email])])
        }
        do {
            _ = try ContactBook(reading: [ContactSource(path: path, columns: ["Courriel": .email])])
        } catch {
            #expect(error.diagnostics.map(\.message) == ["the source maps column 'Courriel', which the header does not have (the columns are 'email'); correct the name in the source's columns."])
        }
    }
}
