import Foundation

/// What a contact's data says about how to address them: their gender if it says, the office
/// they hold if their role or institution names one, and their names.
struct AddressForm: Equatable {
    /// A gender a salutation can show.
    enum Gender: Equatable { case female, male }

    /// An office a salutation names: "Madame la Ministre", "Geachte Voorzitter".
    enum Office: Hashable { case ministerPresident, minister, secretaryOfState, president, memberOfParliament, memberOfEuropeanParliament }

    var gender: Gender?
    var office: Office?
    var firstName: String
    var lastName: String

    /// The form for a contact with these values of its columns.
    init(gender: String, salutation: String, role: String, institution: String, firstName: String, lastName: String) {
        self.gender = Self.gender(from: gender) ?? Self.title(salutation)?.gender
        office = Self.office(role: Self.folded(role), institution: Self.folded(institution))
        self.firstName = firstName
        self.lastName = lastName
    }

    /// The name, given then family, as one would write it after "Dear".
    var fullName: String { [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ") }

    /// Whether `salutation` is a title such as `Mme`, `Dr` or `Mevrouw`, which says something
    /// about the person, rather than a whole salutation to use as written.
    static func isTitle(_ salutation: String) -> Bool { title(salutation) != nil }

    private static func title(_ salutation: String) -> (title: String, gender: Gender?)? {
        let word = folded(salutation).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        if ["mme", "madame", "mevrouw", "mevr", "mw", "mrs", "ms", "miss", "frau", "sra", "signora", "mlle", "mademoiselle"].contains(word) { return (word, .female) }
        if ["m", "mr", "monsieur", "heer", "de heer", "dhr", "mijnheer", "meneer", "herr", "sr", "signor", "sig"].contains(word) { return (word, .male) }
        if ["dr", "prof", "mx", "ir", "mr dr"].contains(word) { return (word, nil) }
        return nil
    }

    private static func gender(from value: String) -> Gender? {
        switch folded(value) {
        case "f", "female", "femme", "feminin", "v", "vrouw", "vrouwelijk", "w", "woman", "weiblich": .female
        case "m", "male", "homme", "masculin", "h", "man", "mannelijk", "mannlich": .male
        default: nil
        }
    }

    private static func office(role: String, institution: String) -> Office? {
        func has(_ words: String...) -> Bool { words.contains { role.contains($0) } }
        // Someone working for an office holder is addressed by name, not by the office.
        if has("advis", "adviseur", "conseill", "chef de cabinet", "kabinetschef", "chief of staff", "medewerker", "collaborat", "attache", "assistant") { return nil }
        if has("minister-president", "ministre-president", "minister president", "ministre president") { return .ministerPresident }
        if has("secretaire d'etat", "secretaire d’etat", "staatssecretaris", "secretary of state") { return .secretaryOfState }
        if has("minist") { return .minister }
        if has("president", "voorzitter", "chair") { return .president }
        let european = role.contains("europ") || institution.contains("europ")
        if has("depute", "volksvertegenwoordiger", "member of parliament", "parlementslid", "kamerlid", "mep") || role == "mp" {
            return european ? .memberOfEuropeanParliament : .memberOfParliament
        }
        guard role.isEmpty else { return nil }
        if european, institution.contains("parl") { return .memberOfEuropeanParliament }
        if ["chambre des representants", "kamer van volksvertegenwoordigers", "house of representatives", "parlement", "parliament"].contains(where: { institution.contains($0) }) {
            return .memberOfParliament
        }
        return nil
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).trimmingCharacters(in: .whitespaces)
    }
}
