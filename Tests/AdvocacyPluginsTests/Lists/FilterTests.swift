import AdvocacyCore
import AdvocacyPlugins
import Testing

@Suite("Audience filters")
struct FilterTests {
    static let contacts = """
        email,first_name,last_name,language,party,institution,tags,consent newsletter,term_start,term_end,Region
        anne@example.org,Anne,Leroy,fr,Ecolo,Chambre,"members|Board",yes,,,Wallonie
        bart@example.be,Bart,Peeters,Nederlands,Groen,Kamer,press,2024-03-01,2019-05-26,2024-06-08,Vlaanderen
        chloe@example.org,Chloé,Dubois,,PS,Parlement européen,,,2024-07-16,,Bruxelles
        dirk@example.be,Dirk,Maes,nl,,,members,,,,

        """

    /// A filter and the first names of the contacts it matches. Filters are made by closures
    /// when a test runs: indirect enum values kept in a global for the whole run are reported as
    /// leaks by the address sanitizer, which cannot follow Swift's tagged pointers.
    static let cases: [(id: String, filter: @Sendable () -> ContactFilter, matches: [String])] = [
        ("everyone", { .everyone }, ["Anne", "Bart", "Chloé", "Dirk"]),
        ("equals ignores case", { .equals(.party, "ecolo") }, ["Anne"]),
        ("equals an accented name in another form", { .equals(.firstName, "CHLOE\u{301}") }, ["Chloé"]),
        ("language by name", { .equals(.language, "Dutch") }, ["Bart", "Dirk"]),
        ("one of", { .oneOf(.party, ["Groen", "PS"]) }, ["Bart", "Chloé"]),
        ("not", { .not(.oneOf(.party, ["Groen", "PS"])) }, ["Anne", "Dirk"]),
        ("exists", { .exists(.party) }, ["Anne", "Bart", "Chloé"]),
        ("exists on a missing extra column", { .exists(.extra("Nowhere")) }, []),
        ("extra column", { .equals(.extra("Region"), "bruxelles") }, ["Chloé"]),
        ("has tag, ignoring case", { .hasTag("board") }, ["Anne"]),
        ("has tag among several", { .hasTag("members") }, ["Anne", "Dirk"]),
        ("email as duplicates compare", { .equals(.email, "BART@Example.BE") }, ["Bart"]),
        ("consent exists", { .exists(.consent(purpose: "newsletter")) }, ["Anne", "Bart"]),
        ("consent on a day", { .equals(.consent(purpose: "newsletter"), "2024-03-01") }, ["Bart"]),
        ("term start on a day", { .equals(.termStart, "16/07/2024") }, ["Chloé"]),
        ("in office in 2020", { .inOffice(on: CalendarDay(year: 2020, month: 1, day: 1)!) }, ["Bart"]),
        ("in office on the last day", { .inOffice(on: CalendarDay(year: 2024, month: 6, day: 8)!) }, ["Bart"]),
        ("in office with an open-ended term", { .inOffice(on: CalendarDay(year: 2030, month: 1, day: 1)!) }, ["Chloé"]),
        ("all", { .all([.hasTag("members"), .equals(.language, "nl")]) }, ["Dirk"]),
        ("any", { .any([.hasTag("press"), .equals(.party, "PS")]) }, ["Bart", "Chloé"]),
        ("any of none", { .any([]) }, []),
        ("nested", { .all([.not(.exists(.party)), .any([.hasTag("members"), .hasTag("press")])]) }, ["Dirk"]),
    ]

    @Test("filters", arguments: cases)
    func filter(id: String, filter: @Sendable () -> ContactFilter, matches: [String]) throws {
        let files = try ContactFiles()
        let book = try files.book(Self.contacts)
        let routing = LanguageRouting(languages: [LanguageCode("fr")!, LanguageCode("nl")!, LanguageCode("en")!],
                                      generalFallbacks: [LanguageCode("en")!])
        let list = book.list(AudienceSpec(id: "test", filter: filter()), routing: routing)
        #expect(list.recipients.map(\.contact.firstName) == matches)
        #expect(list.exclusions.isEmpty)
    }

    @Test("field keys name fields as a campaign writes them")
    func fieldKeys() {
        for field in ContactField.standard { #expect(ContactField(key: field.key) == field) }
        #expect(ContactField(key: "consent.newsletter") == .consent(purpose: "newsletter"))
        #expect(ContactField(key: "Region") == .extra("Region"))
    }
}
