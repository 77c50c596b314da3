import AdvocacyCore
import Testing

/// How a translation's placeholders differ from its source's, counted.
struct PlaceholderDifferenceTests {
    @Test(arguments: [
        ("same", "Dear {{name}}", "Cher {{ name }}", nil, nil),
        ("reordered", "{{a}} then {{b}}", "{{b}}, puis {{a}}", nil, nil),
        ("repeated", "{{a}} then {{b}}", "{{b}}, {{a}} et {{a}}", ["{{a}}"], []),
        ("used once of twice", "{{a}} or {{a}}", "{{a}}", [], ["{{a}}"]),
        ("broken brace", "By {{vars.organisation}}", "Door {{vars.organisation", [], ["{{vars.organisation}}"]),
        ("dropped", "Dear {{name}}, by {{vars.deadline}}", "Cher {{name}}", [], ["{{vars.deadline}}"]),
        ("renamed", "Dear {{name}}", "Cher {{nom}}", ["{{nom}}"], ["{{name}}"]),
        ("escaping changed", "See {{link}}", "Voir {{{link}}}", ["{{{link}}}"], ["{{link}}"]),
        ("section lost", "{{#urgent}}Now{{/urgent}}", "Maintenant", [], ["{{#urgent}}", "{{/urgent}}"]),
    ] as [(String, String, String, [String]?, [String]?)])
    func comparesSourceAndTranslation(_ name: String, source: String, translation: String, added: [String]?, dropped: [String]?) {
        let difference = PlaceholderDifference(source: source, translation: translation)
        #expect(difference?.added == added, "\(name)")
        #expect(difference?.dropped == dropped, "\(name)")
    }

    @Test func namesTheKeyAndWhatChanged() throws {
        let difference = try #require(PlaceholderDifference(source: "Dear {{name}}", translation: "Cher {{nom}}"))
        #expect(difference.message(forKey: "mailings.call.greeting")
            == "the translation of 'mailings.call.greeting' drops {{name}} and adds {{nom}}; keep the placeholders of the source text as they are")
    }
}
