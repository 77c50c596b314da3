import AdvocacyCore
import AdvocacyPlugins
import Testing

@Suite("Consent, suppression and language routing")
struct SuppressionAndRoutingTests {
    static let fr = LanguageCode("fr")!, nl = LanguageCode("nl")!, en = LanguageCode("en")!, de = LanguageCode("de")!

    @Test("members without consent and suppressed addresses are left out, with the reason")
    func consentAndSuppression() throws {
        let files = try ContactFiles()
        let book = try files.book("""
            email,first_name,consent newsletter,language
            anne@example.org,Anne,yes,fr
            bart@example.be,Bart,,nl
            chloe@example.org,Chloé,yes,fr
            dirk@example.be,Dirk,2023-01-01,nl
            emma@example.org,Emma,yes,fr

            """)
        let suppressionPath = try files.write("suppressed.csv", """
            Email Address,Reason,Date
            CHLOE@example.org,hard bounce,2024-02-01
            dirk@EXAMPLE.be,unsubscribed,
            emma@example.org,spam complaint,12/03/2024
            not an address,bounced,

            """)
        let suppressions = try SuppressionList(reading: ContactSource(path: suppressionPath))
        #expect(suppressions.count == 3)
        #expect(suppressions.problems.map(\.code) == ["invalid-address"])
        let list = book.list(AudienceSpec(id: "newsletter", purpose: "newsletter"), suppressions: suppressions,
                             routing: LanguageRouting(languages: [Self.fr, Self.nl]))
        #expect(list.recipients.map(\.contact.firstName) == ["Anne"])
        let exclusions = Array(list.exclusions)
        #expect(exclusions.map(\.reason) == [
            .noConsent(purpose: "newsletter"),
            .suppressed(.bounced, since: CalendarDay(year: 2024, month: 2, day: 1)),
            .suppressed(.unsubscribed, since: nil),
            .suppressed(.listed, since: CalendarDay(year: 2024, month: 3, day: 12)),
        ])
        #expect(exclusions.map(\.message) == [
            "has not consented to 'newsletter'",
            "is on the suppression list (bounced since 2024-02-01)",
            "is on the suppression list (unsubscribed)",
            "is on the suppression list (since 2024-03-12)",
        ])
        #expect(exclusions[0].description == "\(files.path("contacts.csv")):3: row 3: bart@example.be has not consented to 'newsletter'.")
        #expect(exclusions.map(\.origin.row) == [3, 4, 5, 6])
    }

    @Test("a suppression entry added by hand is compared as duplicates are")
    func suppressionByHand() throws {
        let files = try ContactFiles()
        let book = try files.book("email\nAnne@Example.org\nbart@example.be\n")
        var suppressions = SuppressionList()
        let added = suppressions.add(.init(address: "anne@EXAMPLE.ORG", reason: .complained))
        let refused = !suppressions.add(.init(address: "nobody", reason: .bounced))
        #expect(added && refused)
        let list = book.list(AudienceSpec(id: "all"), suppressions: suppressions, routing: LanguageRouting(languages: [Self.en]))
        #expect(list.recipients.map(\.contact.email) == [])
        #expect(list.exclusions.map(\.code) == ["suppressed", "no-language"])
    }

    /// A contact's language, their source's, the routing, and the language and route they get
    /// (`nil`: left out).
    static let routes: [(id: String, own: String, source: LanguageCode?, routing: LanguageRouting, expected: (String, LanguageRouting.Route)?)] = [
        ("own", "nl", nil, LanguageRouting(languages: [fr, nl]), ("nl", .own)),
        ("own spelled out", "Français", nl, LanguageRouting(languages: [fr, nl]), ("fr", .own)),
        ("fallback of the language", "de", fr, LanguageRouting(languages: [fr, nl, en], fallbacks: [de: [nl]], generalFallbacks: [en]), ("nl", .fallback)),
        ("general fallback", "pl", fr, LanguageRouting(languages: [fr, nl, en], generalFallbacks: [en]), ("en", .fallback)),
        ("fallbacks the campaign lacks, then source", "de", nl, LanguageRouting(languages: [fr, nl], fallbacks: [de: [en]], generalFallbacks: [en]), ("nl", .source)),
        ("unknown language, source", "klingon", fr, LanguageRouting(languages: [fr, nl]), ("fr", .source)),
        ("no language, source before general", "", nl, LanguageRouting(languages: [fr, nl, en], generalFallbacks: [en]), ("nl", .source)),
        ("no language, no source, general", "", nil, LanguageRouting(languages: [fr, en], generalFallbacks: [en]), ("en", .fallback)),
        ("nothing serves", "de", nil, LanguageRouting(languages: [fr, nl]), nil),
    ]

    @Test("language routing", arguments: routes)
    func route(id: String, own: String, source: LanguageCode?, routing: LanguageRouting, expected: (String, LanguageRouting.Route)?) throws {
        let files = try ContactFiles()
        let path = try files.write("contacts.csv", "email,language\na@example.org,\(own)\n")
        let book = try ContactBook(reading: [ContactSource(path: path, language: source)])
        let list = book.list(AudienceSpec(id: "all"), routing: routing)
        if let (language, route) = expected {
            #expect(list.recipients.map(\.language.code) == [language])
            #expect(list.recipients.map(\.route) == [route])
        } else {
            #expect(list.count == 0)
            #expect(list.exclusions.map(\.reason) == [.noLanguage(own)])
        }
        #expect(list.countsByLanguage.map(\.count).reduce(0, +) == list.count)
    }
}
