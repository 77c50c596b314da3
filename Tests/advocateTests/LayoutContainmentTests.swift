import AdvocacyFixtures
import Foundation
import Testing

/// A partner's layout and logo cannot reach outside the build: each hostile one is refused at
/// its file:line with exit 65 before anything is printed, and a PDF printed through an
/// accepted one fetches nothing and carries no attachment.
struct LayoutContainmentTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// The layout; PORT stands for the loopback server's port.
        let text: String
        /// `line:column` of the problem in the layout, and the start of its message.
        let at: String
        let message: String
        var testDescription: String { name }
    }

    static let layouts: [Case] = [
        Case(name: "changed delimiters", text: "<h1>{{title}}</h1>\n{{=<% %>=}}<%&title%>\n", at: "2:1",
             message: "the layout holds a delimiter change"),
        Case(name: "{{{.}}} in a section", text: "<ol>{{#demands}}<li>{{{.}}}</li>{{/demands}}</ol>\n", at: "1:21",
             message: "{{{.}}} inserts the whole value of a section"),
        Case(name: "bare {{{.}}}", text: "<p>\n{{{.}}}</p>\n", at: "2:1", message: "{{{.}}} inserts the whole value of a section"),
        Case(name: "an attachment", text: "<h1>{{title}}</h1>\n<a rel=\"attachment\" href=\"file:///etc/passwd\">x</a>\n", at: "2:4",
             message: "the layout gives <a> rel=\"attachment\""),
        Case(name: "a script", text: "<h1>{{title}}</h1>\n<SCRIPT>fetch('http://127.0.0.1:PORT/')</SCRIPT>\n", at: "2:1",
             message: "the layout holds a <script> element"),
        Case(name: "an event handler", text: "<body onload=\"fetch('http://127.0.0.1:PORT/')\">{{title}}</body>\n", at: "1:7",
             message: "the layout gives <body> the event handler onload"),
        Case(name: "a linked stylesheet", text: "<link rel=stylesheet href=http://127.0.0.1:PORT/x.css>\n<h1>{{title}}</h1>\n", at: "1:1",
             message: "the layout holds a <link> element"),
        Case(name: "@import", text: "<style>\n  @import url(\"http://127.0.0.1:PORT/x.css\");\n</style>\n<h1>{{title}}</h1>\n", at: "2:3",
             message: "the layout's <style> element: @import is refused"),
        Case(name: "an escaped @import", text: "<style>@\\69mport 'http://127.0.0.1:PORT/x.css';</style>\n", at: "1:8",
             message: "the layout's <style> element: @import is refused"),
        Case(name: "url(http…)", text: "<style>\nbody { background: url(http://127.0.0.1:PORT/a.png) }\n</style>\n", at: "2:20",
             message: "the layout's <style> element: url() points outside the build"),
        Case(name: "an escaped url(", text: "<style>body { background: \\75 rl(http://127.0.0.1:PORT/a.png) }</style>\n", at: "1:27",
             message: "the layout's <style> element: url() points outside the build"),
        Case(name: "@font-face", text: "<style>\n@font-face { font-family: x; src: url('http://127.0.0.1:PORT/x.woff') }\n</style>\n", at: "2:39",
             message: "the layout's <style> element: url() points outside the build"),
        Case(name: "a local image", text: "<h1>{{title}}</h1>\n<img src=file:///etc/passwd>\n", at: "2:6",
             message: "the layout gives <img> src=\"file:///etc/passwd\", which points outside the build"),
        Case(name: "url() in a style attribute", text: "<p style=\"background: url(&quot;http://127.0.0.1:PORT/&quot;)\">{{title}}</p>\n", at: "1:4",
             message: "the layout's style attribute on <p>: url() points outside the build"),
        Case(name: "a tag spliced into an element name", text: "<scr{{#draft}}{{/draft}}ipt>x</script>\n", at: "1:15",
             message: "{{/draft}} inside the tag <scr> must be followed by a space"),
    ]

    @Test(arguments: layouts)
    func aHostilePartnerLayoutIsRefusedAtItsLine(_ layout: Case) throws {
        let project = try TemporaryProject()
        let server = try LoopbackServer(script: RecordingWebServer.script, in: project.root)
        try project.write("layouts/partner.html.mustache", layout.text.replacingOccurrences(of: "PORT", with: "\(server.port)"))
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "layout: layouts/partner.html.mustache\n")
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { pdf: true }\n")
        // `validate` finds what `build` would refuse, before anything is printed.
        for command in [["validate", "sample"], ["build", "sample", "--lang", "en"]] {
            let result = try project.advocate(command)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("layouts/partner.html.mustache:\(layout.at): error: \(layout.message)"), "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample").path))
        #expect(RecordingWebServer.fetches(in: project.root.path) == [])
    }

    @Test func aCampaignsOwnLayoutIsCheckedAsAPartnersIs() throws {
        let project = try TemporaryProject()
        try project.write("layouts/campaign.html.mustache", "<h1>{{title}}</h1>\n<img src=\"/etc/hostname\">\n")
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { layout: layouts/campaign.html.mustache }\n")
        let result = try project.advocate("build", "sample", "--lang", "en")
        #expect(result.status == 65)
        #expect(result.stderr.contains("layouts/campaign.html.mustache:2:6: error: the layout gives <img> src=\"/etc/hostname\", which points outside the build"), "\(result.stderr)")
    }

    static let logos: [Case] = [
        Case(name: "<image href=file:>", text: "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <image href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/>\n</svg>\n",
             at: "2:10", message: "gives <image> href=\"file:///etc/passwd\", which points outside the picture"),
        Case(name: "xlink:href=http:", text: "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<image xlink:href=\"http://127.0.0.1:PORT/\" width=\"9\" height=\"9\"/>\n</svg>\n",
             at: "2:8", message: "gives <image> xlink:href=\"http://127.0.0.1:"),
        Case(name: "a script", text: "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n", at: "1:41",
             message: "holds <script>, which is refused in a picture"),
        Case(name: "an event handler", text: "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n", at: "1:41",
             message: "gives <svg> the event handler onload"),
        Case(name: "<foreignObject>", text: "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>\n", at: "1:41",
             message: "holds <foreignObject>, which is refused in a picture"),
        Case(name: "<use> of another file", text: "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"other.svg#a\"/></svg>\n", at: "1:46",
             message: "gives <use> href=\"other.svg#a\", which points outside the picture"),
        Case(name: "@import in <style>", text: "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(http://127.0.0.1:PORT/x.css);</style></svg>\n", at: "1:41",
             message: "has in a <style> element: @import is refused"),
        Case(name: "url() in a paint", text: "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(http://127.0.0.1:PORT/#g)\"/></svg>\n", at: "1:47",
             message: "has in its fill attribute: url() points outside the build"),
        Case(name: "a DOCTYPE with an entity", text: "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>\n",
             at: "", message: "is not an SVG advocate can check: 1:1: a DOCTYPE is refused"),
    ]

    @Test(arguments: logos)
    func aHostileSVGLogoIsRefusedAtThePartnerLine(_ logo: Case) throws {
        let project = try TemporaryProject()
        let server = try LoopbackServer(script: RecordingWebServer.script, in: project.root)
        let path = "Campaigns/partners/logos/evil.svg"
        try project.write(path, logo.text.replacingOccurrences(of: "PORT", with: "\(server.port)"))
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "logo: \(path)\n")
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { pdf: true }\n")
        let inSVG = logo.at.isEmpty ? "" : "\(path):\(logo.at): "
        for command in [["validate", "sample"], ["build", "sample", "--lang", "en"]] {
            let result = try project.advocate(command)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("Campaigns/partners/smart-be.yaml:10:7: error: the logo '\(path)' is refused: \(inSVG)it \(logo.message)"), "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample").path))
        #expect(RecordingWebServer.fetches(in: project.root.path) == [])
    }

    @Test func aPNGLogoHoldingSVGIsRefused() throws {
        let project = try TemporaryProject()
        try project.write("Campaigns/partners/logos/evil.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"file:///etc/passwd\"/></svg>")
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "logo: Campaigns/partners/logos/evil.png\n")
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let result = try project.advocate("build", "sample", "--lang", "en")
        #expect(result.status == 65)
        #expect(result.stderr.contains("smart-be.yaml:10:7: error: the logo 'Campaigns/partners/logos/evil.png' named in"), "\(result.stderr)")
        #expect(result.stderr.contains("is not the image its name says"), "\(result.stderr)")
    }

    /// A 1×1 PNG.
    static let pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

    @Test func anAcceptedLayoutAndLogoPrintAPDFThatFetchesNothingAndAttachesNothing() throws {
        let project = try TemporaryProject()
        let server = try LoopbackServer(script: RecordingWebServer.script, in: project.root)
        try project.write("layouts/partner.html.mustache", """
            <html><head><style>
            body { background: url("data:image/png;base64,\(Self.pixel)") } /* url(http://127.0.0.1:\(server.port)/) */
            </style></head><body>
            {{#partner}}<img src="{{partner.logo}}" alt="{{name}}">{{/partner}}
            <h1{{#fallback}} class="fallback"{{/fallback}}>{{title}}</h1>
            <p><a href="http://127.0.0.1:\(server.port)/link?a=1&b=2">web</a> <a href="#demands">demands</a> <img src="data:image/png;base64,\(Self.pixel)"></p>
            <!-- <link rel=stylesheet href=http://127.0.0.1:\(server.port)/> is a comment -->
            <section id="demands">{{#demands}}<h2>{{title}}</h2>{{#body}}{{{html}}}{{/body}}{{/demands}}</section>
            </body></html>

            """)
        try project.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml() + "logo: Campaigns/partners/logos/smart.svg\nlayout: layouts/partner.html.mustache\n")
        try project.write("Campaigns/partners/logos/smart.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">
              <defs><linearGradient id="g"><stop offset="0" stop-color="#e6007e"/></linearGradient></defs>
              <rect id="r" width="40" height="20" fill="url(#g)"/><use xlink:href="#r"/>
            </svg>

            """)
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { pdf: true }\n")
        let result = try project.advocate("build", "sample", "--lang", "en")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let listing = try ExternalCheck.run("pdfdetach", ["-list", "out/sample/papers/en/position-paper.pdf"], in: project.root)
        #expect(listing.status == 0, "\(listing.output)")
        #expect(listing.output.hasPrefix("0 embedded files"), "\(listing.output)")
        let text = try ExternalCheck.run("pdftotext", ["out/sample/papers/en/position-paper.pdf", "-"], in: project.root)
        #expect(text.output.contains("A fair price"), "\(text.output)")
        #expect(RecordingWebServer.fetches(in: project.root.path) == [])
    }
}
