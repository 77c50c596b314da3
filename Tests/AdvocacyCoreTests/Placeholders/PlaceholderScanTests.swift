import AdvocacyCore
import Testing

/// The one placeholder scanner: the tags it finds, the broken braces it reports with their
/// offset, and what substitution fills in.
struct PlaceholderScanTests {
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
    func findsThePlaceholdersInOrder(_ name: String, text: String, expected: [String]) {
        #expect(PlaceholderScan(text).written == expected, "\(name)")
    }

    @Test(arguments: [
        ("closing braces missing", "samen met {{vars.organisation, of de leden", 10, "this placeholder is not closed; write it whole, as {{name}}, or remove the braces"),
        ("opening braces missing", "Leden van vars.organisation}}", 27, "'}}' here closes no placeholder; a placeholder is written {{name}}, with both pairs of braces"),
        ("a blank between the braces", "Leden van { {vars.organisation}}", 30, "'}}' here closes no placeholder; a placeholder is written {{name}}, with both pairs of braces"),
        ("closed only by a later placeholder", "van {{vars.organisation, en {{vars.x}}", 4, "this placeholder is not closed where its name ends; write it whole, as {{name}}"),
        ("not a name", "van {{vars.organisation, of}}", 4, "'{{vars.organisation, of}}' is not a placeholder: a name is words of letters and digits joined by dots, such as {{vars.organisation}}"),
        ("three braces closed by two", "See {{{link}} now", 4, "this placeholder opens with '{{{' but closes with '}}'; write {{{name}}} or {{name}}"),
    ])
    func reportsBrokenBracesWithTheirOffset(_ name: String, text: String, offset: Int, message: String) {
        let scan = PlaceholderScan(text)
        #expect(scan.problems == [PlaceholderScan.Problem(offset: offset, message: message)], "\(name)")
    }

    @Test func wellFormedTextsHaveNoProblem() {
        for text in ["{{vars.organisation}} members", "{{ recipient.first-name }}", "{{#a}}x{{/a}}", "{}", "a } b }"] {
            #expect(PlaceholderScan(text).problems.isEmpty, "\(text)")
        }
    }

    @Test(arguments: [
        ("filled", "Leden van {{vars.organisation}}", "Leden van KunstCoop"),
        ("blanks and three braces", "{{ vars.organisation }} / {{{vars.organisation}}}", "KunstCoop / KunstCoop"),
        ("other namespaces stay", "Dear {{recipient.name}} of {{vars.organisation}}", "Dear {{recipient.name}} of KunstCoop"),
        ("unknown names stay", "{{vars.city}}", "{{vars.city}}"),
        ("sections stay", "{{#vars.organisation}}x{{/vars.organisation}}", "{{#vars.organisation}}x{{/vars.organisation}}"),
        ("broken braces stay", "{{vars.organisation, of", "{{vars.organisation, of"),
        ("non-ASCII around", "Équipe ✊🏽 {{vars.organisation}} — fin", "Équipe ✊🏽 KunstCoop — fin"),
    ])
    func substitutesTheValuesItIsGiven(_ name: String, text: String, expected: String) {
        #expect(PlaceholderScan.substituting(["vars.organisation": "KunstCoop"], in: text) == expected, "\(name)")
    }

    @Test func namesItsNamespaceAndPath() throws {
        let placeholder = try #require(PlaceholderScan("{{ vars.organisation }}").placeholders.first)
        #expect(placeholder.namespace == "vars")
        #expect(placeholder.path == "organisation")
        #expect(placeholder.range == 0..<23)
    }
}
