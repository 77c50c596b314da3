/// The day a paper carries, as the campaign's `date:` gives it (`2026-11-29`), printed the
/// way each language writes dates. The month names are a table rather than the system's
/// locale data, so that every build prints the same words on every platform.
public struct PaperDate: Sendable, Equatable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The day written `YYYY-MM-DD`, if it is one that exists.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `language` has its own way of writing dates here; others use English's.
    static func isKnown(_ language: String) -> Bool { months[language] != nil }

    /// The date as `language` writes it: "29 novembre 2026", "29. November 2026".
    func written(in language: String) -> String {
        let code = Self.isKnown(language) ? language : "en"
        let month = Self.months[code]![self.month - 1]
        switch code {
        case "de": return "\(day). \(month) \(year)"
        case "es", "pt": return "\(day) de \(month) de \(year)"
        case "fr" where day == 1: return "1er \(month) \(year)"
        default: return "\(day) \(month) \(year)"
        }
    }

    private static let months: [String: [String]] = [
        "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    ]
}
