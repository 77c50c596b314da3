import AdvocacyPlugins
import Testing

@Suite("Deduplication")
struct DeduplicationTests {
    @Test("addresses differing only in case are one person, merged by the documented rule")
    func mergeRule() throws {
        let files = try ContactFiles()
        let crm = try files.write("crm.csv", """
            email,first_name,last_name,language,tags,consent newsletter,Member number
            marie.dupont@example.org,Marie,,fr,members,yes,
            jan@example.be,Jan,Peeters,nl,members,,1234

            """)
        let partners = try files.write("partners.csv", """
            E-mail;Prénom;Nom;Langue;Tags;Consentement newsletter;Consentement events;Organisation;Member number
            Marie.Dupont@EXAMPLE.ORG;Maria;Dubois;nl;press|Members;2024-03-01;oui;Atelier Zéro;77

            """)
        let book = try ContactBook(reading: [ContactSource(path: crm), ContactSource(path: partners)])
        #expect(book.count == 2)
        let marie = try #require(book.contact(withAddress: "MARIE.dupont@example.org"))
        #expect(marie.email == "marie.dupont@example.org")
        #expect(marie.firstName == "Marie")  // the first source wins
        #expect(marie.lastName == "Dubois")  // an empty field is filled
        #expect(marie.language == "fr")
        #expect(marie.organisation == "Atelier Zéro")
        #expect(marie.tags == ["members", "press"])  // unioned, ignoring case
        #expect(marie.consents == [Consent(purpose: "newsletter", given: CalendarDay(year: 2024, month: 3, day: 1)), Consent(purpose: "events")])
        #expect(marie.extra == [ExtraField(name: "Member number", value: "77")])
        #expect(marie.origin == RowOrigin(file: crm, row: 2, line: 2))
        #expect(book.merges == [Merge(
            address: "marie.dupont@example.org", kept: RowOrigin(file: crm, row: 2, line: 2),
            merged: RowOrigin(file: partners, row: 2, line: 2), mergedAddress: "Marie.Dupont@EXAMPLE.ORG",
            filled: [.lastName, .organisation, .tags, .consents, .extra("Member number")])])
        #expect(book.sources.map(\.merged) == [0, 1])
    }

    @Test("a duplicate that adds nothing is still reported")
    func emptyMerge() throws {
        let files = try ContactFiles()
        let book = try files.book("email,first_name\na@example.org,Ann\nA@Example.org,Anne\n")
        #expect(book.count == 1)
        #expect(book[0].firstName == "Ann")
        #expect(book.merges.map(\.filled) == [[]])
    }

    /// Two addresses that look the same but are not, and must be kept apart and reported.
    static let lookalikes: [(id: String, plain: String, lookalike: String)] = [
        ("Kelvin sign", "kim@example.org", "\u{212A}im@example.org"),
        ("Cyrillic a", "marie@example.org", "m\u{0430}rie@example.org"),
        ("Cyrillic o in the domain", "marie@example.org", "marie@exampl\u{0435}.org"),
        ("fullwidth letters", "marie@example.org", "\u{FF4D}arie@example.org"),
        ("Greek omicron", "bob@example.org", "b\u{03BF}b@example.org"),
        ("decomposed accent", "\u{E9}lodie@example.org", "e\u{301}lodie@example.org"),
        ("punycode of a lookalike domain", "info@example.org", "info@xn--xample-2of.org"),
    ]

    @Test("lookalikes are reported, not merged", arguments: lookalikes)
    func lookalike(id: String, plain: String, lookalike: String) throws {
        let files = try ContactFiles()
        let book = try files.book("email\n\(plain)\n\(lookalike)\n")
        #expect(book.count == 2)
        #expect(book.merges.isEmpty)
        #expect(book.lookalikes.count == 1)
        let pair = try #require(book.lookalikes.first)
        #expect(pair.resembles == book[0].email)
        #expect(pair.address == book[1].email)
        #expect(pair.origin.row == 3)
    }

    @Test("a lookalike read before the plain address is found too")
    func lookalikeFirst() throws {
        let files = try ContactFiles()
        let book = try files.book("email\nm\u{0430}rie@example.org\nMarie@example.org\n")
        #expect(book.lookalikes.map(\.address) == ["Marie@example.org"])
        #expect(book.lookalikes.map(\.resembles) == ["m\u{0430}rie@example.org"])
    }

    @Test("an international domain written two ways is one domain")
    func internationalDomainsMerge() throws {
        let files = try ContactFiles()
        let book = try files.book("email\ninfo@coopérative.example\ninfo@xn--cooprative-e7a.example\nINFO@COOPE\u{301}RATIVE.EXAMPLE\n")
        #expect(book.count == 1)
        #expect(book.merges.count == 2)
        #expect(book.lookalikes.isEmpty)
    }
}
