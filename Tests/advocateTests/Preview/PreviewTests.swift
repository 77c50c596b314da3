import AdvocacyFixtures
import Foundation
import Testing

/// `advocate preview`: a static site of the build for reviewers, read in a real browser.
struct PreviewTests {
    @Test func theSiteShowsPapersSamplesPlanTranslationAndChangesAndRendersInABrowser() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let first = try project.advocate("preview", "sample")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try String(contentsOf: project.root.appendingPathComponent("out/sample-preview/changes.html"), encoding: .utf8)
            .contains("There was no previous build to compare with."))

        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("title: { fr: Un juste prix,", with: "title: { fr: Un prix vraiment juste,"))
        let second = try project.advocate("preview", "sample")
        #expect(second.status == 0, "\(second.stderr)")
        let pages = ["index.html", "changes.html", "fr.html", "nl.html", "en.html"]
        #expect(second.stdout == pages.map { "out/sample-preview/\($0)\n" }.joined())
        let site = project.root.appendingPathComponent("out/sample-preview")
        func page(_ name: String) throws -> String { try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8) }

        let index = try page("index.html")
        #expect(index.contains("<h2>Plan</h2>") && index.contains("<h2>Translation</h2>"))
        #expect(index.contains("0 added, 0 removed, "), "\(index)")
        let changes = try page("changes.html")
        #expect(changes.contains("<li><code>papers/fr/position-paper.md</code></li>"))
        #expect(changes.contains("<td class=\"removed\">### 1. Un juste prix</td><td class=\"added\">### 1. Un prix vraiment juste</td>"), "\(changes)")
        let french = try page("fr.html")
        #expect(french.contains("<a href=\"files/papers/fr/position-paper.html\">"))
        #expect(french.contains("<section class=\"sample\">"), "a sample of the mailing: \(french)")

        let papers = try FileManager.default.subpathsOfDirectory(atPath: site.appendingPathComponent("files").path)
            .filter { $0.hasSuffix(".html") }.sorted().map { "files/" + $0 }
        #expect(papers.filter { $0.hasPrefix("files/papers/") }.count == 3)
        for name in pages + papers {
            let html = try page(name)
            #expect(!html.contains("<script"), "\(name) has a script")
            #expect(!html.contains("src=\"http"), "\(name) loads something from elsewhere")
        }

        let screenshots = try BrowserCheck.screenshots("preview")
        let browser = try BrowserCheck.render(pages + papers, in: site, screenshotsTo: screenshots)
        #expect(browser.status == 0, "\(browser.output)")
        for name in pages + papers {
            #expect(browser.stdout.contains("rendered \(name) ("), "\(browser.output)")
            let shot = screenshots.appendingPathComponent(name.replacingOccurrences(of: "/", with: "_") + ".png")
            let bytes = try Data(contentsOf: shot)
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(shot.path) is a PNG")
        }
    }

    @Test func theMailingSamplesAreTheMailingStagesProofSheets() throws {
        let root = RealCampaignsTests.repositoryRoot
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        for item in ["Campaigns", "plugins", "allowed-plugins.yaml"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(item), to: work.appendingPathComponent(item))
        }
        let result = try AdvocateProcess.run(["preview", "decent-work"], in: work, environment: ["ADVOCATE_UNSUBSCRIBE_SECRET": "preview-test-secret-0123456789"])
        #expect(result.status == 0, "\(result.stderr)")
        let site = work.appendingPathComponent("out/decent-work-preview")
        let french = try String(contentsOf: site.appendingPathComponent("fr.html"), encoding: .utf8)
        for proof in ["mailings/ministers-letter/proof-fr+nl.html", "mailings/ministers-letter/proof-fr.html", "mailings/meps-letter/proof-fr.html"] {
            #expect(french.contains("<iframe src=\"files/\(proof)\""), "fr.html shows \(proof)")
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("files/" + proof).path))
        }
        #expect(!french.contains("proof-nl.html\""), "a Dutch proof on the French page")
        #expect(!french.contains("{{vars."), "vars are filled in")

        let screenshots = try BrowserCheck.screenshots("preview-demo")
        let pages = ["index.html", "fr.html", "nl.html", "en.html", "files/mailings/ministers-letter/proof-fr+nl.html"]
        let browser = try BrowserCheck.render(pages, in: site, screenshotsTo: screenshots)
        #expect(browser.status == 0, "\(browser.output)")
    }

    @Test func theBrowserCheckSeesWhatAReaderWouldMiss() throws {
        let project = try TemporaryProject()
        try project.write("site/broken.html", "<!DOCTYPE html><html><body><p>x</p><img src=\"missing.png\"><script>nosuch()</script></body></html>")
        let result = try BrowserCheck.render(["broken.html"], in: project.root.appendingPathComponent("site"), screenshotsTo: try BrowserCheck.screenshots("preview-check"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("broken.html: failed request"), "\(result.output)")
        #expect(result.stdout.contains("broken.html: exception"), "\(result.output)")
    }
}
