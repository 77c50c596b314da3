import AdvocacyCore
import AdvocacyPlugins

/// Documents that exercise what the exchange formats must carry unchanged.
enum ExchangeSamples {
    static let french = LanguageCode("fr")!
    static let english = LanguageCode("en")!

    /// Texts with every kind of character a campaign may hold, one unit per kind.
    static let tricky: [(name: String, source: String, target: String)] = [
        ("accents", "Décent travail, à Liège", "Fatsoenlijk werk, in Luik"),
        ("emoji", "Join us ✊🏽 on 1 May 🌹", "Rejoignez-nous ✊🏽 le 1er mai 🌹"),
        ("cjk", "社会連帯経済", "économie sociale et solidaire（社会連帯経済）"),
        ("quotes", "The \"fair price\" and l'économie", "Le « juste prix » et \"l'économie\""),
        ("backslashes", "C:\\campaigns\\ and \\n literally", "C:\\campagnes\\ et \\n tel quel"),
        ("newlines", "First line\nSecond line\n\nFourth line", "Première ligne\nDeuxième ligne\n\nQuatrième ligne"),
        ("trailing-newline", "Ends with a break\n", "Finit par un saut\n"),
        ("tabs", "Column\tcolumn\t\tend", "Colonne\tcolonne\t\tfin"),
        ("markdown", "## Our demands\n\n- **Fair** prices\n- [ILO](https://www.ilo.org/) & <b>co</b>\n\n> quote", "## Nos revendications\n\n- Des prix **justes**\n- [OIT](https://www.ilo.org/) & <b>co</b>\n\n> citation"),
        ("placeholders", "Dear {{name}}, see {{{link}}} and {{vars.deadline}}{{#urgent}} now{{/urgent}}", "Cher·e {{name}}, voir {{{link}}} et {{vars.deadline}}{{#urgent}} maintenant{{/urgent}}"),
        ("xml-like", "a < b && c > d ]]> <![CDATA[x]]> &amp; &#233;", "a < b && c > d ]]> <![CDATA[x]]> &amp; &#233;"),
        ("spaces", "  leading and trailing  ", "  au début et à la fin  "),
        ("carriage-return", "Windows\r\nline", "Windows\r\nligne"),
    ]

    /// One unit per tricky text, in every state, with notes that are tricky too.
    static func document(states: [ExchangeState] = allStates) -> ExchangeDocument {
        var units: [ExchangeUnit] = []
        for (index, sample) in tricky.enumerated() {
            let state = states[index % states.count]
            units.append(ExchangeUnit(
                key: "demands.\(sample.name).title",
                source: sample.source,
                target: state == .new ? nil : sample.target,
                state: state.withPreviousSource("Old: " + sample.source),
                note: index.isMultiple(of: 2) ? "Title of the demand “\(sample.name)” & <more>\nshown on the paper" : nil))
        }
        return ExchangeDocument(campaign: "decent-work", sourceLanguage: english, targetLanguage: french, units: units)
    }

    /// Every state, a stale one with a placeholder previous source.
    static let allStates: [ExchangeState] = [
        .new, .needsReview(.stale(previousSource: "")), .needsReview(.draft), .translated, .reviewed,
    ]
}

extension ExchangeState {
    /// A stale state given `previousSource`; any other state unchanged.
    fileprivate func withPreviousSource(_ previousSource: String) -> ExchangeState {
        if case .needsReview(.stale) = self { .needsReview(.stale(previousSource: previousSource)) } else { self }
    }
}
