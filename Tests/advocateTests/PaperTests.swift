import AdvocacyFixtures
import Foundation
import Testing

/// Position papers through the real binary: approval, the PDF engine, and the PDF itself.
struct PaperTests {
    @Test func requireApprovedRefusesACampaignInReview() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let result = try project.advocate("build", "sample", "--require-approved")
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: campaign 'sample' is in status 'review', not 'approved'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample").path))

        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOccurrences(of: "status: review", with: "status: approved"))
        #expect(try project.advocate("build", "sample", "--require-approved").status == 0)
    }

    @Test func aMissingPDFEngineNamesThePackageToInstall() throws {
        let project = try TemporaryProject()
        try project.campaign(
            "sample.yaml",
            SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { pdf: true, pdf-engine: [no-such-pdf-engine] }\n")
        let result = try project.advocate("build", "sample", "--lang", "en")
        #expect(result.status == 69)
        #expect(result.stderr.contains("the PDF engine 'no-such-pdf-engine' cannot be run"), "\(result.stderr)")
        #expect(result.stderr.contains("install Debian's weasyprint"), "\(result.stderr)")
    }

    @Test func weasyprintPrintsAReproduciblePDF() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { pdf: true }\n")
        let first = try project.advocate("build", "sample", "--lang", "fr", "--out", "first")
        #expect(first.status == 0, "stderr was:\n\(first.stderr)")
        let pdf = try project.read("first/sample/papers/fr/position-paper.pdf")
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        _ = try project.advocate("build", "sample", "--lang", "fr", "--out", "second")
        #expect(try project.read("second/sample/papers/fr/position-paper.pdf") == pdf, "two builds gave different PDFs")
    }

    @Test func aMissingLogoIsReportedWithThePartnerFileThatNamesIt() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "logo: Campaigns/partners/logos/gone.svg\n")
        let result = try project.advocate("build", "sample")
        #expect(result.status == 65)
        #expect(result.stderr.contains("Campaigns/partners/smart-be.yaml:"), "\(result.stderr)")
        #expect(result.stderr.contains("the logo 'Campaigns/partners/logos/gone.svg' does not exist"), "\(result.stderr)")
    }

    @Test func aPartnersLayoutIsUsedUnlessTheCampaignNamesItsOwn() throws {
        let project = try TemporaryProject()
        try project.write("layouts/partner.html.mustache", "<h1 class=\"partner-layout\">{{title}}</h1>\n")
        try project.write("layouts/campaign.html.mustache", "<h1 class=\"campaign-layout\">{{title}}</h1>\n")
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "layout: layouts/partner.html.mustache\n")
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        #expect(try project.advocate("build", "sample", "--lang", "en").status == 0)
        let partnerPaper = String(decoding: try project.read("out/sample/papers/en/position-paper.html"), as: UTF8.self)
        #expect(partnerPaper == "<h1 class=\"partner-layout\">A fair price</h1>\n")

        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { layout: layouts/campaign.html.mustache }\n")
        #expect(try project.advocate("build", "sample", "--lang", "en").status == 0)
        let campaignPaper = String(decoding: try project.read("out/sample/papers/en/position-paper.html"), as: UTF8.self)
        #expect(campaignPaper.contains("campaign-layout"))
    }
}
