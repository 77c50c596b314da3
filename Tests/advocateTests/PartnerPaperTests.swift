import AdvocacyFixtures
import Foundation
import Testing

/// A partner's identity on its papers, in each paper's language, through the real binary.
struct PartnerPaperTests {
    /// The sample partner with its sender, contact and address written per language (`address`
    /// replaces the French-Dutch-English one).
    static func partner(address: String? = nil) -> String {
        SamplePartner.yaml()
            .replacingOccurrences(of: "sender: { name: Smart, email: plaidoyer@smart-be.example }", with: """
                sender: { name: Smart, email: plaidoyer@smart-be.example }
                contact:
                  name: { fr: Équipe plaidoyer, nl: Beleidsteam, en: Advocacy team }
                  email: team@smart-be.example
                """)
            .replacingOccurrences(of: "address: |\n  Smart\n  Bruxelles\n", with: address ?? """
                address:
                  fr: "Smart\\nBruxelles, Belgique"
                  nl: "Smart\\nBrussel, België"
                  en: "Smart\\nBrussels, Belgium"

                """)
    }

    static func html(_ project: TemporaryProject, _ language: String) throws -> String {
        String(decoding: try project.read("out/sample/papers/\(language)/position-paper.html"), as: UTF8.self)
    }

    @Test(arguments: [
        ("fr", "Bruxelles, Belgique", "Équipe plaidoyer"),
        ("nl", "Brussel, België", "Beleidsteam"),
        ("en", "Brussels, Belgium", "Advocacy team"),
    ])
    func eachPaperShowsTheAddressAndContactOfItsLanguage(language: String, city: String, contact: String) throws {
        let project = try TemporaryProject()
        try project.write("Campaigns/partners/smart-be.yaml", Self.partner())
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let result = try project.advocate("build", "sample")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try Self.html(project, language)
        #expect(html.contains("<address><span>Smart<br>\(city)<br></span></address>"), "\(html)")
        #expect(html.contains("<span>\(contact)</span><br><a href=\"mailto:team@smart-be.example\">"))
        #expect(!html.contains("language-note\">"))
        for other in ["Bruxelles, Belgique", "Brussel, België", "Brussels, Belgium"] where other != city {
            #expect(!html.contains(other), "\(other)")
        }
    }

    @Test(arguments: [("nl", "(in het Frans)"), ("en", "(in French)")])
    func aTextMissingInALanguageIsShownInTheNextOneMarked(language: String, note: String) throws {
        let project = try TemporaryProject()
        try project.write("Campaigns/partners/smart-be.yaml", Self.partner(address: "address:\n  fr: \"Smart\\nBruxelles, Belgique\"\n"))
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let result = try project.advocate("build", "sample")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try Self.html(project, language)
        #expect(html.contains(
            "<address><span lang=\"fr\">Smart<br>Bruxelles, Belgique<br></span><span class=\"language-note\">\(note)</span><br></address>"), "\(html)")
        #expect(html.contains("<span lang=\"fr\">Smart<br>Bruxelles, Belgique<br></span><span class=\"language-note\">\(note)</span></p>"))
        #expect(!(try Self.html(project, "fr")).contains("language-note\">"))
    }

    @Test func aPlainTextIsEveryLanguagesAndNeverMarked() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        #expect(try project.advocate("build", "sample").status == 0)
        for language in ["fr", "nl", "en"] {
            let html = try Self.html(project, language)
            #expect(html.contains("<address><span>Smart<br>Bruxelles<br></span></address>"), "\(language)")
            #expect(html.contains("<p class=\"legal\"><span>Mentions légales.</span></p>"), "\(language)")
            #expect(!html.contains("<span lang=") && !html.contains("language-note\">"), "\(language)")
        }
    }

    @Test func aPartnerTextInALanguageItDoesNotListIsRefusedAtItsLine() throws {
        let project = try TemporaryProject()
        try project.write("Campaigns/partners/smart-be.yaml", Self.partner(address: "address:\n  fr: Bruxelles\n  it: Bruxelles\n"))
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let result = try project.advocate("validate", "sample")
        #expect(result.status == 65)
        #expect(result.stderr.contains(
            "Campaigns/partners/smart-be.yaml:11:3: error: the address has a text in Italian (it), which is not one of its 'languages' (fr, nl, en)"), "\(result.stderr)")
    }
}
