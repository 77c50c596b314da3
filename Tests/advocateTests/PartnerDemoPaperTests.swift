import AdvocacyFixtures
import Foundation
import Testing

/// The demo overlays' papers speak their partner's language: the French one for Smart France,
/// the Italian one for Doc Servizi, read back from the PDF with pdftotext.
struct PartnerDemoPaperTests {
    @Test(arguments: [
        ("decent-work-fr", "fr", ["PROJET", "Résumé", "Nos revendications", "Contact", "Smart France", "Paris, France", "Équipe plaidoyer de Smart France"]),
        ("decent-work-it", "it", ["BOZZA", "Sintesi", "Contesto", "Le nostre richieste", "Fonti", "Contatti", "Verona, Italia", "Doc Servizi — relazioni istituzionali", "Un giusto compenso per ogni prestazione"]),
        ("decent-work-it", "en", ["DRAFT", "Summary", "Our demands", "Contact", "Verona, Italy", "Doc Servizi — public affairs"]),
    ])
    func theDemoPaperCarriesHeadingsAddressAndMarksInItsLanguage(campaign: String, language: String, words: [String]) throws {
        let out = try TemporaryProject()
        let built = try AdvocateProcess.run(["build", campaign, "--lang", language, "--out", out.root.path], in: RealCampaignsTests.repositoryRoot)
        #expect(built.status == 0, "stderr was:\n\(built.stderr)")
        let pdf = "\(campaign)/papers/\(language)/position-paper.pdf"
        let text = try ExternalCheck.run("pdftotext", [pdf, "-"], in: out.root)
        #expect(text.status == 0, "\(text.output)")
        for word in words {
            #expect(text.stdout.contains(word), "\(word) in \(pdf)")
        }
        for foreign in ["Bruxelles", "Belgique", "Belgium", "Not yet translated", "Texte non traduit", "Testo non ancora tradotto"] {
            #expect(!text.stdout.contains(foreign), "\(foreign) in \(pdf)")
        }
    }

    @Test func aPaperInALanguageTheRealProfileLacksShowsItsFrenchMarked() throws {
        let project = try TemporaryProject()
        for file in ["Campaigns/partners/smart-fr.yaml", "Campaigns/partners/logos/smart-fr.svg"] {
            try project.write(file, String(decoding: try Data(contentsOf: RealCampaignsTests.repositoryRoot.appendingPathComponent(file)), as: UTF8.self))
        }
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOccurrences(of: "partner: smart-be", with: "partner: smart-fr"))
        let result = try project.advocate("build", "sample", "--lang", "en")
        #expect(result.status == 0, "\(result.stderr)")
        let html = String(decoding: try project.read("out/sample/papers/en/position-paper.html"), as: UTF8.self)
        #expect(html.contains("<span lang=\"fr\">Smart France<br>Paris, France<br></span><span class=\"language-note\">(in French)</span>"), "\(html)")
        #expect(html.contains("<span lang=\"fr\">Équipe plaidoyer de Smart France</span> <span class=\"language-note\">(in French)</span>"))
    }
}
