import Foundation

/// The headers CRMs and spreadsheets give contact fields, in English, French, Dutch, German,
/// Spanish, Italian and Polish, compared in folded form (see ``fold(_:)``). Headers that mean
/// different things in different exports ("Title": a salutation or a job title? "Naam": the full
/// name?) are left out on purpose: they stay extra columns unless the campaign maps them.
enum HeaderSynonyms {
    /// The field a folded header stands for, if any; consent columns are handled apart.
    static let fields: [String: ContactField] = {
        let table: [(ContactField, [String])] = [
            (.email, ["email", "mail", "emailaddress", "emailadres", "emailadresse", "mailadres", "courriel",
                      "adressecourriel", "adresseemail", "adressemail", "adresseelectronique", "correo",
                      "correoelectronico", "postaelettronica", "adresemail"]),
            (.firstName, ["firstname", "givenname", "forename", "prenom", "voornaam", "vorname", "nombre", "nome", "imie"]),
            (.lastName, ["lastname", "surname", "familyname", "nom", "nomdefamille", "achternaam", "familienaam",
                         "nachname", "familienname", "apellido", "apellidos", "cognome", "nazwisko"]),
            (.salutation, ["salutation", "civilite", "aanspreking", "aanhef", "aanspreektitel", "anrede", "tratamiento"]),
            (.gender, ["gender", "sex", "genre", "sexe", "geslacht", "geschlecht", "genero", "sesso", "plec"]),
            (.organisation, ["organisation", "organization", "company", "organisme", "entreprise", "societe",
                             "organisatie", "bedrijf", "firma", "unternehmen", "empresa", "organizzazione",
                             "azienda", "organizacja"]),
            (.role, ["role", "jobtitle", "function", "fonction", "functie", "funktion", "rol", "ruolo", "funkcja", "stanowisko"]),
            (.institution, ["institution", "instelling", "assembly", "assemblee", "parliament", "parlement"]),
            (.constituency, ["constituency", "circonscription", "kieskring", "wahlkreis", "circunscripcion", "okreg"]),
            (.party, ["party", "politicalparty", "parti", "partipolitique", "partij", "politiekepartij", "partei",
                      "partido", "partito", "partia"]),
            (.language, ["language", "lang", "locale", "preferredlanguage", "langue", "languepreferee", "taal",
                         "voorkeurtaal", "sprache", "idioma", "lingua", "jezyk"]),
            (.tags, ["tags", "tag", "labels", "label", "etiquettes", "etiquette"]),
            (.consents, consentWords + ["consents", "consentements", "toestemmingen", "einwilligungen", "optins"]),
            (.termStart, ["termstart", "startofterm", "mandatestart", "debutdemandat", "debutmandat", "beginmandaat",
                          "mandatsbeginn", "amtsbeginn"]),
            (.termEnd, ["termend", "endofterm", "mandateend", "findemandat", "finmandat", "eindemandaat",
                        "mandatsende", "amtsende"]),
        ]
        return Dictionary(uniqueKeysWithValues: table.flatMap { field, names in names.map { ($0, field) } })
    }()

    /// Words that, followed by a purpose, make a column of consent for that purpose:
    /// `Consent newsletter`, `consentement_petitions`, `Opt-in: events`. Longest first, so that
    /// `consentement` is not read as `consent` followed by `ement`.
    static let consentWords = ["consentement", "einwilligung", "toestemming", "consent", "optin"]

    /// The field a header stands for by the synonyms, if any.
    static func field(for header: String) -> ContactField? {
        let folded = fold(header)
        if let field = fields[folded] { return field }
        for word in consentWords where folded.hasPrefix(word) && folded.count > word.count {
            return .consent(purpose: purpose(in: header, after: word))
        }
        return nil
    }

    /// The purpose in a consent header: what follows the consent word, trimmed of separators,
    /// lower-case. `Opt-in: Events` gives `events`.
    private static func purpose(in header: String, after word: String) -> String {
        var letters = 0
        let rest = header.drop { character in
            guard letters < word.count else { return false }
            if fold(String(character)).isEmpty { return true }
            letters += 1
            return true
        }
        return String(rest.drop { fold(String($0)).isEmpty }).lowercased()
            .trimmingCharacters(in: .whitespaces)
    }

    /// A header reduced to what identifies it: lower-case, without accents, without spaces or
    /// punctuation. `Adresse e-mail` and `adresse_email` both fold to `adresseemail`.
    static func fold(_ header: String) -> String {
        var folded = ""
        for scalar in header.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar {
            case "ł": folded += "l"
            case "ø": folded += "o"
            case "ß": folded += "ss"
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil,
                    scalar.properties.generalCategory != .nonspacingMark
                {
                    folded.unicodeScalars.append(scalar)
                }
            }
        }
        return folded
    }
}
