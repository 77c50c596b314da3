import AdvocacyFixtures
import Foundation
import Testing

/// Hostile and broken YAML, through the real binary: each gets exit 65 and a diagnostic at the
/// right file, line and column, never a crash, quickly.
struct HostileYAMLTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        /// The diagnostic's first line, after `Campaigns/<file>:`.
        let expected: String

        init(_ name: String, _ text: String, _ expected: String) {
            self.init(name, bytes: Array(text.utf8), expected)
        }

        init(_ name: String, bytes: [UInt8], _ expected: String) {
            self.name = name
            self.bytes = bytes
            self.expected = expected
        }

        var testDescription: String { name }
    }

    static let sample = SampleCampaign.yaml(id: "hostile")

    static let cases: [Case] = [
        Case("duplicate key", sample.replacingOnce("status: review\n", with: "status: review\nstatus: draft\n"),
             "9:1: error: the key 'status' is written twice here (first at line 8); keep one of them"),
        Case("billion laughs", HostileYAML.billionLaughs(),
             "1:7: error: YAML anchors ('&lol0') are not accepted in campaign files; write each value out in full"),
        Case("alias", sample.replacingOnce("partner: smart-be", with: "partner: *who"),
             "7:10: error: YAML aliases ('*who') are not accepted in campaign files; write the value out in full"),
        Case("deep flow nesting", HostileYAML.deepNesting(depth: 100_000),
             "2:71: error: the values here are nested more than 64 levels deep; a campaign never needs that many"),
        Case("deep block nesting", HostileYAML.deepBlockNesting(depth: 5_000),
             "65:129: error: the values here are nested more than 64 levels deep; a campaign never needs that many"),
        Case("python tag", sample.replacingOnce("partner: smart-be", with: "partner: !!python/object/apply:os.system [ls]"),
             "7:10: error: the YAML tag '!!python/object/apply:os.system' is not accepted; campaign values are plain text, so remove the tag"),
        Case("custom tag", sample.replacingOnce("status: review", with: "status: !approved review"),
             "8:9: error: the YAML tag '!approved' is not accepted; campaign values are plain text, so remove the tag"),
        Case("invalid UTF-8", bytes: Array("id: x\ntitle: caf".utf8) + [0xE9] + Array("\n".utf8),
             "2:11: error: the file is not valid UTF-8 here (byte 0xE9); save it as UTF-8 in your editor"),
        Case("tab indentation", sample.replacingOnce("  fr: Un juste prix\n", with: "\tfr: Un juste prix\n"),
             "3:1: error: the line 'fr: Un juste prix' is indented with a tab; YAML needs spaces, so replace the tab with spaces"),
        Case("tab after spaces", sample.replacingOnce("  fr: Un juste prix\n", with: "  \tfr: Un juste prix\n"),
             "3:3: error: the line 'fr: Un juste prix' is indented with a tab; YAML needs spaces, so replace the tab with spaces"),
        Case("line neither a key nor a continuation", sample.replacingOnce("  en: A fair price\n", with: "  en: A fair price\n  for every hour worked\n"),
             "6:3: error: the line 'for every hour worked' has no ':', so it is not a key, and it is not indented enough to continue the text above it; indent it further than the key of that text, or add the missing ':'"),
        Case("text starting with a dash", sample.replacingOnce("  en: A fair price\n", with: "  en: - a fair price\n"),
             "5:7: error: the text '- a fair price' starts with '- ', which YAML reads as a list item; put the whole text in quotes: '- a fair price'"),
        Case("text starting with a star", sample.replacingOnce("  en: A fair price\n", with: "  en: * a fair price\n"),
             "5:7: error: the text '* a fair price' starts with '*', which YAML reads as a reference to another value; put the whole text in quotes: '* a fair price'"),
        Case("quoted first word", sample.replacingOnce("  fr: Un juste prix\n", with: "  fr: \"Un\" juste prix\n"),
             "3:7: error: the text starts with a quoted word (\"Un\"), and YAML takes the quotes for the whole value; put the whole text in quotes: '\"Un\" juste prix'"),
        Case("single-quoted first word", sample.replacingOnce("partner: smart-be", with: "partner: 'smart' be"),
             "7:10: error: the text starts with a quoted word ('smart'), and YAML takes the quotes for the whole value; put the whole text in quotes: \"'smart' be\""),
        Case("NUL byte", sample.replacingOnce("Een eerlijke prijs\n", with: "Een eerlijke\u{0}prijs\n"),
             "4:19: error: the control character U+0000 is not allowed in a campaign file; remove it"),
        Case("escaped control character", sample.replacingOnce("partner: smart-be", with: "partner: \"smart\\x07be\""),
             "7:10: error: this text contains a control character (U+0007), which cannot be shown or sent; remove its escape"),
        Case("two documents", sample + "---\nid: other\n",
             "47:1: error: this file holds a second YAML document (a '---' line starts one); a campaign file holds exactly one"),
        Case("empty file", "",
             "1:1: error: the file is empty; a campaign starts with its 'id:'"),
        Case("only comments", "# nothing yet\n",
             "2:1: error: the file is empty; a campaign starts with its 'id:'"),
        Case("unclosed quote", sample.replacingOnce("partner: smart-be", with: "partner: \"smart-be"),
             "7:10: error: this quoted value is never closed; add the closing quote"),
        Case("UTF-16", bytes: [0xFF, 0xFE] + Array("i\0d\0".utf8),
             "1:1: error: the file is saved as UTF-16; save it as UTF-8 in your editor"),
        Case("colon inside plain text", sample.replacingOnce("partner: smart-be", with: "partner: smart: be"),
             "7:15: error: a ': ' here reads as the start of another key; if it belongs to the text, put the whole value in quotes, otherwise check the indentation"),
    ]

    @Test(arguments: cases)
    func refusedWithPosition(_ hostile: Case) throws {
        let project = try TemporaryProject()
        let file = try project.campaign("hostile.yaml", bytes: hostile.bytes)
        let result = try project.advocate("validate", file)
        #expect(!result.crashed)
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file):\(hostile.expected)"), "stderr was:\n\(result.stderr)")
    }

    /// libyaml stops at its first problem; the others that need no parsing are reported in the
    /// same run, and a bad byte no longer hides a syntax error before it.
    @Test func oneRunReportsEveryIndependentProblem() throws {
        let text = Self.sample
            .replacingOnce("partner: smart-be", with: "partner: smart: be")
            .replacingOnce("    body: { fr: Sans trous.", with: "\t  body: { fr: Sans trous.")
            .replacingOnce("    publisher: International", with: "\u{A0}\u{A0}\u{A0}\u{A0}publisher: International")
            .replacingOnce("nl: Lancering", with: "nl: Lance\u{7}ring")
            .replacingOnce("Leden", with: "Led\u{0}n")
        let bytes = Array(text.utf8).map { $0 == 0 ? 0xE9 : $0 }  // Latin-1's é, not UTF-8.
        let project = try TemporaryProject()
        let file = try project.campaign("hostile.yaml", bytes: bytes)
        let result = try project.advocate("validate", file)
        #expect(result.status == 65)
        let diagnostics = result.stderr.split(separator: "\n").filter { $0.hasPrefix(file) }.map { String($0.dropFirst(file.count + 1)) }
        #expect(diagnostics == [
            "7:15: error: a ': ' here reads as the start of another key; if it belongs to the text, put the whole value in quotes, otherwise check the indentation",
            "27:1: error: the line 'body: { fr: Sans trous., nl: Zonder gaten., en: Without g…' is indented with a tab; YAML needs spaces, so replace the tab with spaces",
            "37:1: error: the line 'publisher: International Labour Conference' is indented with a non-breaking space (U+00A0), which looks like a space but is not one; retype the indentation with the space bar",
            "41:34: error: the file is not valid UTF-8 here (byte 0xE9); save it as UTF-8 in your editor",
            "45:40: error: the control character U+0007 is not allowed in a campaign file; remove it",
        ], "stderr was:\n\(result.stderr)")
    }

    @Test func duplicateKeyNamesBothPlaces() throws {
        let project = try TemporaryProject()
        try project.campaign("hostile.yaml", Self.sample.replacingOnce("status: review\n", with: "status: review\nstatus: draft\n"))
        let result = try project.advocate("validate")
        #expect(result.stderr.contains("Campaigns/hostile.yaml:8:1: note: 'status' was first written here"))
    }

    @Test func hugeFieldIsReadAndShownShortened() throws {
        let project = try TemporaryProject()
        let text = HostileYAML.hugeField(bytes: 1 << 20).replacingOnce("status: review", with: "status: reviewed")
        try project.campaign("huge.yaml", text)
        let result = try project.advocate("validate", "huge")
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: the status 'reviewed' is not one of 'draft', 'review', 'approved'; did you mean 'review'?"))
        #expect(result.stderr.utf8.count < 4_000, "a megabyte line must not be echoed whole")
    }
}
