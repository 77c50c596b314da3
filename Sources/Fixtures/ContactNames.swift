/// Names, salutations and spellings of language for generated contacts, per language, with
/// every accent of those languages: é è ê ë ç œ ñ ß ä ö ü ł ą ę ś ź ż ć ń ó, and more.
struct ContactNames {
    let language: String
    /// Ways an export writes this language, most common first.
    let spellings: [String]
    let salutations: [String]
    let firstNames: [String]
    let lastNames: [String]

    /// Whether every name can be written in Windows-1252 (Polish names cannot).
    var isWindows1252Safe: Bool { language != "pl" }

    static let all: [ContactNames] = [
        ContactNames(
            language: "fr", spellings: ["fr", "FR", "Français", "fr-BE"], salutations: ["Mme", "M.", ""],
            firstNames: ["Élodie", "Hélène", "Jérôme", "François", "Gaëlle", "Noël", "Zoé", "Béatrice", "Cécile", "Loïc",
                         "Anaïs", "Maëlle", "Joël", "Agnès", "Thérèse", "Clément", "Benoît", "Chloé", "Marie", "Luc"],
            lastNames: ["Dubois", "Lefèvre", "Pêcheur", "Crêteur", "Lœillet", "Cœurderoy", "Garçon", "Besançon", "Ménard",
                        "Hervé", "Leclercq", "Moreau", "Delacroix", "Noël", "Mercier", "Lenôtre"]),
        ContactNames(
            language: "nl", spellings: ["nl", "NL", "Nederlands", "nl-BE"], salutations: ["Mevr.", "Dhr.", ""],
            firstNames: ["Daniëlle", "Chloë", "Zoë", "Joëlle", "Noël", "Sanne", "Daan", "Anouk", "Jeroen", "Maaike",
                         "Geert", "Michiel", "Lotte", "Wouter", "Eline", "Bram"],
            lastNames: ["Janssens", "De Smet", "Peeters", "Van den Bossche", "Maes", "Claes", "Goossens", "Wouters",
                        "Vermeulen", "Van Dyck", "Dewaële", "Van Hoëcke", "D'Hondt", "Verbeke"]),
        ContactNames(
            language: "de", spellings: ["de", "DE", "Deutsch"], salutations: ["Frau", "Herr", ""],
            firstNames: ["Jürgen", "Jörg", "Käthe", "Günther", "Sören", "Märta", "Björn", "Lukas", "Anna", "Uwe"],
            lastNames: ["Müller", "Schröder", "Weiß", "Groß", "Strauß", "Böhm", "Köhler", "Schäfer", "Krämer", "Fuß"]),
        ContactNames(
            language: "es", spellings: ["es", "ES", "Español"], salutations: ["Sra.", "Sr.", ""],
            firstNames: ["José", "María", "Íñigo", "Begoña", "Nuño", "Ramón", "Inés", "Lucía", "Sofía", "Martín"],
            lastNames: ["Muñoz", "Ibáñez", "Núñez", "Peña", "Castaño", "Pérez", "Gómez", "López", "Fernández", "Ruiz"]),
        ContactNames(
            language: "it", spellings: ["it", "IT", "Italiano"], salutations: ["Sig.ra", "Sig.", ""],
            firstNames: ["Niccolò", "Lucrezia", "Mattia", "Giulia", "Andrea", "Gianluca", "Chiara", "Letizia", "Nicolò"],
            lastNames: ["Rossi", "Bianchi", "D'Angelo", "Esposito", "Dell'Acqua", "Cantù", "Forlì", "Colombo", "Galli"]),
        ContactNames(
            language: "pl", spellings: ["pl", "PL", "Polski"], salutations: ["Pani", "Pan", ""],
            firstNames: ["Łukasz", "Małgorzata", "Wojciech", "Agnieszka", "Paweł", "Zofia", "Jędrzej", "Bożena", "Józef",
                         "Grażyna", "Krzysztof", "Ścibor"],
            lastNames: ["Wiśniewski", "Dąbrowski", "Kowalczyk", "Woźniak", "Kaźmierczak", "Żuławski", "Ćwikła", "Wójcik",
                        "Sieńkiewicz", "Gałązka", "Mróz", "Nowak"]),
    ]

    /// `name` in plain ASCII for an address: accents dropped, `ß` as `ss`, `œ` as `oe`, spaces
    /// and apostrophes removed, lower-case.
    static func asciiFolded(_ name: String) -> String {
        var folded = ""
        for character in name.lowercased() {
            switch character {
            case "ß": folded += "ss"
            case "œ": folded += "oe"
            case "ł": folded += "l"
            case " ", "'": continue
            default:
                let base = character.unicodeScalars.first.map { String(foldTable[$0] ?? Character($0)) } ?? ""
                folded += base
            }
        }
        return folded
    }

    private static let foldTable: [Unicode.Scalar: Character] = {
        let groups: [(Character, String)] = [
            ("a", "àáâäãåą"), ("c", "çćč"), ("e", "èéêëę"), ("i", "ìíîï"), ("n", "ñń"), ("o", "òóôöõ"),
            ("s", "śš"), ("u", "ùúûü"), ("z", "źżž"), ("y", "ÿý"),
        ]
        var table: [Unicode.Scalar: Character] = [:]
        for (base, accented) in groups {
            for scalar in accented.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
