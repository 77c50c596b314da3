import AdvocacyPlugins
import Testing

@Suite("Normalisation")
struct NormalisationTests {
    @Test("fields are trimmed and in NFC; the local part is kept as written")
    func nfcAndTrimming() throws {
        let files = try ContactFiles()
        let book = try files.book("email,first_name,last_name\n  E\u{301}lodie@Example.ORG\u{A0},\u{A0}E\u{301}lodie ,\u{200B}Lœillet\u{3000}\n")
        #expect(book[0].firstName == "\u{C9}lodie")
        #expect(book[0].firstName.unicodeScalars.count == 6)
        #expect(book[0].lastName == "Lœillet")
        #expect(book[0].email.unicodeScalars.elementsEqual("E\u{301}lodie@example.org".unicodeScalars))
    }

    /// An address as written and its envelope form.
    static let domains: [(written: String, envelope: String)] = [
        ("Marie.Dupont@Example.ORG", "Marie.Dupont@example.org"),
        ("info@coopérative.example", "info@xn--cooprative-e7a.example"),
        ("info@COOPÉRATIVE.example", "info@xn--cooprative-e7a.example"),
        ("jan@münchen.example", "jan@xn--mnchen-3ya.example"),
        ("ola@łódź.example", "ola@xn--d-uga0v4h.example"),
        ("ola@XN--D-UGA0V4H.example", "ola@xn--d-uga0v4h.example"),
        ("élodie@exemple.fr", "élodie@exemple.fr"),
        ("o'brien+news@example.org", "o'brien+news@example.org"),
    ]

    @Test("domains are lower-case and in IDNA form for the envelope", arguments: domains)
    func domain(written: String, envelope: String) throws {
        let files = try ContactFiles()
        let book = try files.book("email\n\(written)\n")
        #expect(book.contacts.map(\.email) == [envelope])
    }

    /// A language as exports write it, and its code.
    static let languages: [(written: String, code: String)] = [
        ("fr", "fr"), ("FR", "fr"), ("fr-BE", "fr"), ("fr_BE", "fr"), ("Français", "fr"), ("French", "fr"), ("fra", "fr"),
        ("Nederlands", "nl"), ("vlaams", "nl"), ("NL", "nl"), ("Deutsch", "de"), ("Polski", "pl"), ("Klingon", "klingon"), ("", ""),
    ]

    @Test("languages become ISO 639-1 codes", arguments: languages)
    func language(written: String, code: String) throws {
        let files = try ContactFiles()
        #expect(try files.book("email,language\na@example.org,\(written)\n")[0].language == code)
    }

    @Test("tags and consents are read from lists and columns")
    func tagsAndConsents() throws {
        let files = try ContactFiles()
        let book = try files.book(
            "email;tags;consents;consent petitions;term_start;term_end\n"
                + "a@example.org;Members, board|members ;newsletter:2024-03-01|events;16.07.2024;2024-07-16;2029-07-15 00:00:00\n")
        #expect(book[0].tags == ["Members", "board"])
        #expect(book[0].consents == [
            Consent(purpose: "newsletter", given: CalendarDay(year: 2024, month: 3, day: 1)),
            Consent(purpose: "events"),
            Consent(purpose: "petitions", given: CalendarDay(year: 2024, month: 7, day: 16)),
        ])
        #expect(book[0].termStart == CalendarDay(year: 2024, month: 7, day: 16))
        #expect(book[0].termEnd == CalendarDay(year: 2029, month: 7, day: 15))
    }

    /// A day as a cell writes it, and the day, or `nil`.
    static let days: [(text: String, day: CalendarDay?)] = [
        ("2024-07-16", CalendarDay(year: 2024, month: 7, day: 16)), ("16/07/2024", CalendarDay(year: 2024, month: 7, day: 16)),
        ("1.2.2024", CalendarDay(year: 2024, month: 2, day: 1)), ("2024-02-29T10:00", CalendarDay(year: 2024, month: 2, day: 29)),
        ("2023-02-29", nil), ("07/16/2024", nil), ("16/07/24", nil), ("tomorrow", nil), ("", nil), ("2024-7-16x", nil),
    ]

    @Test("days", arguments: days)
    func day(text: String, day: CalendarDay?) {
        #expect(CalendarDay(text) == day)
    }
}
