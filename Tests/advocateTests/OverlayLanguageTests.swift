import AdvocacyFixtures
import Foundation
import Testing

/// A language an overlay adds is the overlay's to translate: the warnings about the template's
/// texts missing in it point at the overlay, through the real binary.
struct OverlayLanguageTests {
    @Test func aTemplatesTextMissingInTheOverlaysLanguageWarnsAtTheOverlaysLanguageList() throws {
        let project = try TemporaryProject()
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml(languages: "[fr, nl, en, it]"))
        let template = SampleCampaign.yaml(id: "base")
        try project.campaign("base.yaml", template)
        try project.campaign("base-it.yaml", "id: base-it\nextends: base\nlanguages: [fr, nl, en, it]\ntitle: { it: Un giusto prezzo }\n")
        let result = try project.advocate("validate", "base-it")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        let summary = try #require(lines.firstIndex { $0.hasPrefix("summary:") }) + 1
        #expect(result.stderr.contains("""
            Campaigns/base-it.yaml:3:25: warning: 'summary' has no text in Italian (it); readers in that language will see the French (fr) text
                languages: [fr, nl, en, it]
                                        ^
            Campaigns/base.yaml:\(summary):10: note: the text is written here, in a file this campaign extends; write its Italian (it) text in Campaigns/base-it.yaml
            """), "\(result.stderr)")
        #expect(!result.stderr.contains("Campaigns/base.yaml:\(summary):10: warning"))
        #expect(!result.stderr.contains("'title' has no text"), "the overlay's own Italian title")
    }
}
