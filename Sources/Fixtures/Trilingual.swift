/// The languages of generated campaigns, in the order they are declared: French is the source.
enum Language: String, CaseIterable, Sendable {
    case fr, nl, en
}

/// One text in the three languages of generated campaigns.
struct Trilingual: Sendable {
    let fr: String
    let nl: String
    let en: String

    init(_ fr: String, _ nl: String, _ en: String) {
        self.fr = fr
        self.nl = nl
        self.en = en
    }

    /// The text in `language`.
    subscript(language: Language) -> String {
        switch language {
        case .fr: fr
        case .nl: nl
        case .en: en
        }
    }
}
