/// How each language greets a person in a formal letter, from what their data says: the
/// office they hold, their gender, their name, or none of these (a neutral form). A table in
/// the code rather than the system's locale data, so that every build writes the same words.
enum SalutationPhrases {
    /// The languages with their own phrases; any other gets English's.
    static let languages: Set<String> = ["fr", "nl", "en", "de", "it", "es"]

    /// The salutation for `form` in `language`, without the comma the letter puts after it.
    static func phrase(for form: AddressForm, in language: String) -> String {
        let last = form.lastName, full = form.fullName
        switch language {
        case "fr": return french(form)
        case "nl":
            // Flemish usage capitalises a particle when no given name goes before it: "heer De Smet".
            let surname = last.prefix(1).uppercased() + last.dropFirst()
            if let office = form.office, let titles = dutchOffices[office] {
                return "Geachte \(form.gender.map { $0 == .female ? "mevrouw de " : "heer de " } ?? "")\(titles)"
            }
            switch (form.gender, last.isEmpty) {
            case (.female, false): return "Geachte mevrouw \(surname)"
            case (.male, false): return "Geachte heer \(surname)"
            default:
                if form.office == .memberOfParliament { return "Geachte volksvertegenwoordiger" }
                if form.office == .memberOfEuropeanParliament { return "Geachte Europarlementslid" }
                return full.isEmpty ? "Geachte heer, mevrouw" : "Geachte \(full)"
            }
        case "de":
            switch (form.gender, last.isEmpty) {
            case (.female, false): return "Sehr geehrte Frau \(last)"
            case (.male, false): return "Sehr geehrter Herr \(last)"
            default: return full.isEmpty ? "Sehr geehrte Damen und Herren" : "Guten Tag \(full)"
            }
        case "it":
            switch (form.gender, last.isEmpty) {
            case (.female, false): return "Gentile Signora \(last)"
            case (.male, false): return "Gentile Signor \(last)"
            default: return full.isEmpty ? "Gentili Signore e Signori" : "Gentile \(full)"
            }
        case "es":
            switch (form.gender, last.isEmpty) {
            case (.female, false): return "Estimada Sra. \(last)"
            case (.male, false): return "Estimado Sr. \(last)"
            default: return full.isEmpty ? "Estimados señores y señoras" : "Estimado/a \(full)"
            }
        default: return english(form)
        }
    }

    private static func french(_ form: AddressForm) -> String {
        guard let office = form.office, let (feminine, masculine) = frenchOffices[office] else {
            switch form.gender {
            case .female: return "Madame"
            case .male: return "Monsieur"
            case nil: return "Madame, Monsieur"
            }
        }
        switch form.gender {
        case .female: return "Madame \(feminine)"
        case .male: return "Monsieur \(masculine)"
        case nil: return "Madame \(feminine), Monsieur \(masculine)"
        }
    }

    private static func english(_ form: AddressForm) -> String {
        let last = form.lastName
        switch form.office {
        case .minister: return "Dear Minister"
        case .ministerPresident: return "Dear Minister-President"
        case .secretaryOfState: return "Dear Secretary of State"
        case .president: return form.gender.map { $0 == .female ? "Dear Madam President" : "Dear Mr President" } ?? "Dear President"
        case .memberOfParliament, .memberOfEuropeanParliament, nil:
            switch (form.gender, last.isEmpty) {
            case (.female, false): return "Dear Ms \(last)"
            case (.male, false): return "Dear Mr \(last)"
            default:
                if form.office == .memberOfParliament { return "Dear Member of Parliament" }
                if form.office == .memberOfEuropeanParliament { return "Dear Member of the European Parliament" }
                return form.fullName.isEmpty ? "Dear Sir or Madam" : "Dear \(form.fullName)"
            }
        }
    }

    /// The office after "Madame"/"Monsieur": feminine, masculine.
    private static let frenchOffices: [AddressForm.Office: (String, String)] = [
        .ministerPresident: ("la Ministre-Présidente", "le Ministre-Président"),
        .minister: ("la Ministre", "le Ministre"),
        .secretaryOfState: ("la Secrétaire d'État", "le Secrétaire d'État"),
        .president: ("la Présidente", "le Président"),
        .memberOfParliament: ("la Députée", "le Député"),
        .memberOfEuropeanParliament: ("la Députée", "le Député"),
    ]

    /// The offices Dutch names in a salutation, after "Geachte (mevrouw de / heer de)".
    private static let dutchOffices: [AddressForm.Office: String] = [
        .ministerPresident: "Minister-President",
        .minister: "Minister",
        .secretaryOfState: "Staatssecretaris",
        .president: "Voorzitter",
    ]
}
