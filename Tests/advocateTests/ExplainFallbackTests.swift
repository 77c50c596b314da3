import AdvocacyFixtures
import Foundation
import Testing

/// `explain` traces a partner profile's values to their line, and says how a text missing in
/// a language falls back, through the real binary.
struct ExplainFallbackTests {
    @Test func aPartnersTextIsTracedToItsProfileLine() throws {
        let root = RealCampaignsTests.repositoryRoot
        let profile = try String(contentsOf: root.appendingPathComponent("Campaigns/partners/doc-servizi.yaml"), encoding: .utf8)
        let lines = profile.split(separator: "\n", omittingEmptySubsequences: false)
        let address = try #require(lines.firstIndex(of: "address:"))
        let italian = try #require(lines[address...].firstIndex(of: "  it: |"))
        let result = try AdvocateProcess.run(["explain", "decent-work-it", "partner.address.it"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            partner.address.it:
                Doc Servizi
                Verona, Italia
            set at Campaigns/partners/doc-servizi.yaml:\(italian + 1):7 (partner profile doc-servizi)

            """, "\(result.stdout)")
        let all = try AdvocateProcess.run(["explain", "decent-work-it"], in: root)
        #expect(all.stdout.contains("\npartner.address.it = Doc Servizi Verona, Italia\n    Campaigns/partners/doc-servizi.yaml:\(italian + 1):7\n"), "\(all.stdout)")
        #expect(all.stdout.contains("\npartner.name.en = Doc Servizi (one text for every language)\n"))
    }

    @Test func aPartnersTextMissingInALanguageSaysWhichLanguageItFallsBackTo() throws {
        let project = try TemporaryProject()
        let partner = SamplePartner.yaml().replacingOccurrences(of: "address: |\n  Smart\n  Bruxelles\n", with: "address:\n  fr: Bruxelles\n  nl: Brussel\n")
        try project.write("Campaigns/partners/smart-be.yaml", partner)
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let result = try project.advocate("explain", "sample", "partner.address.en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            partner.address.en:
                Bruxelles
            set at Campaigns/partners/smart-be.yaml:7:7 (partner profile smart-be)
            not written in English (en): en → fr (fallback)

            """, "\(result.stdout)")
        let plain = try project.advocate("explain", "sample", "partner.name.nl")
        #expect(plain.stdout.hasSuffix("(partner profile smart-be)\none text for every language\n"), "\(plain.stdout)")
        let unknown = try project.advocate("explain", "sample", "partner.adress")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'partner' has no 'adress'; did you mean 'address'?"), "\(unknown.stderr)")
    }

    @Test func aCampaignTextMissingInALanguageSaysWhichLanguageItFallsBackTo() throws {
        let project = try TemporaryProject()
        let yaml = SampleCampaign.yaml().replacingOccurrences(of: "  nl: Een eerlijke prijs\n", with: "")
        let file = try project.campaign("sample.yaml", yaml)
        let result = try project.advocate("explain", "sample", "title.nl")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            title.nl:
                Un juste prix
            set at \(file):3:7 (sample)
            not written in Dutch (nl): nl → fr (fallback)

            """, "\(result.stdout)")
    }
}
