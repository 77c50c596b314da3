import AdvocacyPlugins
import Testing

extension TranslationExchangeTests {
    @Suite struct PlaceholderTests {
        @Test(arguments: [
            ("none", "No placeholder { here }", []),
            ("variable", "Dear {{name}},", ["{{name}}"]),
            ("blanks inside", "Dear {{ name }},", ["{{name}}"]),
            ("unescaped", "See {{{link}}} and {{&link}}", ["{{{link}}}", "{{&link}}"]),
            ("dotted", "By {{vars.deadline}}", ["{{vars.deadline}}"]),
            ("section", "{{#urgent}}Now!{{/urgent}}{{^urgent}}Soon{{/urgent}}", ["{{#urgent}}", "{{/urgent}}", "{{^urgent}}", "{{/urgent}}"]),
            ("partial", "{{> footer}}", ["{{>footer}}"]),
            ("comment", "{{! for translators }}Hello", []),
            ("unclosed", "Hello {{name", []),
            ("repeated", "{{name}} and {{name}}", ["{{name}}", "{{name}}"]),
        ])
        func findsTheTagsInOrder(_ name: String, text: String, expected: [String]) {
            #expect(placeholders(in: text) == expected, "\(name)")
        }

        @Test(arguments: [
            ("same", "Dear {{name}}", "Cher {{ name }}", nil, nil),
            ("reordered and repeated", "{{a}} then {{b}}", "{{b}}, {{a}} et {{a}}", nil, nil),
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
}
