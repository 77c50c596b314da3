import AdvocacyFixtures
import Foundation
import Testing

/// Markdown images in a paper through the real binary: only `data:` images and files inside the
/// project reach the PDF, both embedded; anything else is refused with the text's file:line
/// before anything is fetched or read; and what an embedded image names is never fetched.
struct PaperImageTests {
    /// The sample campaign printing PDFs, with `markdown` added to its English context.
    static func campaign(withContext markdown: String) -> String {
        SampleCampaign.yaml().replacingOnce(
            "    The context, in *Markdown*.\n",
            with: "    The context, in *Markdown*.\n\n" + markdown.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n")
            + "pipeline:\n  - stage: draft\n    options: { pdf: true }\n"
    }

    @Test(arguments: [
        ("http://127.0.0.1:PORT/a.png", "is not a file inside the project"),
        ("HTTP://127.0.0.1:PORT/b.png", "is not a file inside the project"),
        ("http://[::ffff:127.0.0.1]:PORT/c.png", "is not a file inside the project"),
        ("//127.0.0.1:PORT/d.png", "is not a file inside the project"),
        ("file:///etc/hostname", "is not a file inside the project"),
        ("/etc/hostname", "is absolute; write it relative to the project folder"),
        ("../../../../../../etc/hostname", "leads out of the project folder"),
        ("Campaigns/sample.yaml", "is not a PNG, JPEG, GIF, WebP or SVG file"),
        ("data:text/html;base64,PHNjcmlwdD4=", "is a data: address that is not an image"),
    ])
    func anImageFromOutsideTheProjectIsRefusedWithItsLineAndNeverFetched(address: String, reason: String) throws {
        let project = try TemporaryProject()
        let server = try LoopbackServer(script: RecordingWebServer.script, in: project.root)
        let image = address.replacingOccurrences(of: "PORT", with: String(server.port))
        try project.campaign("sample.yaml", Self.campaign(withContext: "![chart](\(image))"))
        for command in [["validate"], ["build", "sample"]] {
            let result = try project.advocate(command)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("Campaigns/sample.yaml:15:7: error: the context cannot be rendered: The image '\(image)' at line 3 "), "\(command): \(result.stderr)")
            #expect(result.stderr.contains(reason), "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("fetches.log").path), "something fetched the image")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample").path))
    }

    @Test func anImportedTranslationWithAnImageFromOutsideIsRefusedAtItsLineAndNothingIsWritten() throws {
        let project = try TemporaryProject()
        let server = try LoopbackServer(script: RecordingWebServer.script, in: project.root)
        try project.campaign("sample.yaml", Self.campaign(withContext: "").replacingOnce("  nl: |\n    De context, in *Markdown*.\n", with: ""))
        #expect(try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "-o", "nl.po").status == 0)
        let po = String(decoding: try project.read("nl.po"), as: UTF8.self).replacingOnce(
            "msgid \"Le contexte, en *Markdown*.\\n\"\nmsgstr \"\"",
            with: "msgid \"Le contexte, en *Markdown*.\\n\"\nmsgstr \"De context.\\n\\n![x](http://127.0.0.1:\(server.port)/po.png)\\n\"")
        try project.write("nl.po", po)
        let line = po.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("msgstr \"De context.") }.map { $0 + 1 } ?? 0
        let result = try project.advocate("i18n", "import", "nl.po")
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("nl.po:\(line):"), "line \(line): \(result.stderr)")
        #expect(result.stderr.contains("the context cannot be rendered: The image 'http://127.0.0.1:\(server.port)/po.png' at line 3 "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Campaigns/translations/sample.yaml").path))
        #expect(try project.advocate("validate").status == 0)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("fetches.log").path), "something fetched the image")
    }

    @Test func anImageFromATranslationEngineIsRefusedAndNeverFetched() throws {
        let project = try TemporaryProject()
        let server = try LoopbackServer(script: RecordingWebServer.script, in: project.root)
        try project.write("hook.py", """
            import json, sys
            request = json.load(sys.stdin)
            image = "![x](http://127.0.0.1:\(server.port)/engine.png)"
            print(json.dumps({"translations": [{"key": t["key"], "text": t["text"] + "\\n\\n" + image} for t in request["texts"]]}))
            """)
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("  nl: |\n    De context, in *Markdown*.\n", with: "")
            + "pipeline:\n  - stage: translate\n    options: { provider: command, command: [python3, hook.py] }\n  - stage: draft\n    options: { pdf: true }\n")
        let result = try project.advocate("build", "sample", "--lang", "nl")
        #expect(!result.crashed)
        #expect(result.status == 65, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("the context cannot be rendered: The image 'http://127.0.0.1:\(server.port)/engine.png' at line 4 "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("fetches.log").path), "something fetched the image")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample").path))
    }

    @Test func aDataImageAndAnImageFileInsideTheProjectAreEmbedded() throws {
        let project = try TemporaryProject()
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("Campaigns/images"), withIntermediateDirectories: true)
        try Data(base64Encoded: RecordingWebServer.pixelPNG)!.write(to: project.root.appendingPathComponent("Campaigns/images/pixel.png"))
        try project.campaign("sample.yaml", Self.campaign(withContext: """
            ![inline](data:image/png;base64,\(RecordingWebServer.pixelPNG))
            ![file](Campaigns/images/pixel.png)
            """))
        let result = try project.advocate("build", "sample", "--lang", "en")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let html = String(decoding: try project.read("out/sample/papers/en/position-paper.html"), as: UTF8.self)
        #expect(html.components(separatedBy: "src=\"data:image/png;base64,\(RecordingWebServer.pixelPNG)\"").count == 3, "\(html)")
        #expect(!html.contains("Campaigns/images"))
        let images = try ExternalCheck.run("pdfimages", ["-list", "out/sample/papers/en/position-paper.pdf"], in: project.root)
        #expect(images.status == 0, "\(images.output)")
        #expect(images.output.split(separator: "\n").filter { $0.split(separator: " ").dropFirst(2).first == "image" }.count == 2, "\(images.output)")
    }

    /// An SVG image, as a `data:` address or a file in the project, gets the check a partner's
    /// logo gets: one that names anything outside itself is refused at the text's line, before
    /// anything is printed (the sealed engine, which would refuse to fetch it too, is tested
    /// alone in `SealedWeasyPrintTests`).
    @Test(arguments: ["data", "svg file", "png file"])
    func anSVGImageThatNamesAnythingOutsideItselfIsRefusedAndNeverFetched(form: String) throws {
        let project = try TemporaryProject()
        let server = try LoopbackServer(script: RecordingWebServer.script, in: project.root)
        let port = server.port
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">
            <style>@import url("http://127.0.0.1:\(port)/import.css");</style>
            <image href="http://127.0.0.1:\(port)/svg-a.png" width="10" height="10"/>
            <image xlink:href="HTTP://127.0.0.1:\(port)/svg-b.png" width="10" height="10"/>
            <image href="http://[::ffff:127.0.0.1]:\(port)/svg-c.png" width="10" height="10"/>
            <image href="file:///etc/hostname" width="10" height="10"/>
            <image href="/etc/hostname" width="10" height="10"/>
            <text x="0" y="30">svg-text</text>
            </svg>
            """
        let image: String
        switch form {
        case "data":
            image = "data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())"
        default:
            // A .png holding SVG too: the engine would draw it as the SVG it is.
            image = form == "svg file" ? "Campaigns/logo.svg" : "Campaigns/logo.png"
            try project.write(image, svg)
        }
        try project.campaign("sample.yaml", Self.campaign(withContext: "![logo](\(image))"))
        for command in [["validate"], ["build", "sample", "--lang", "en"]] {
            let result = try project.advocate(command)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("Campaigns/sample.yaml:15:7: error: the context cannot be rendered: The image '"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("cannot be embedded: its SVG"), "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("fetches.log").path), "something fetched a URL")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample").path))
    }

    @Test(arguments: [
        ("300 nested block quotes", String(repeating: ">", count: 300) + " deep",
         "This Markdown text nests block quotes or lists 301 deep at line 3, more than the 50 advocate prints"),
        ("a table of 200 rows of 20 cells",
         "|" + String(repeating: " h |", count: 20) + "\n|" + String(repeating: "---|", count: 20) + "\n"
            + Array(repeating: "|" + String(repeating: " c |", count: 20), count: 200).joined(separator: "\n"),
         "The Markdown table at line 3 has 4020 cells, more than the 1000 advocate prints"),
        ("20,000 empty paragraphs", Array(repeating: "&nbsp;", count: 20_000).joined(separator: "\n\n"),
         "This Markdown text has 20001 blocks"),
    ])
    func hostileMarkdownIsRefusedWithItsLine(name: String, markdown: String, expected: String) throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.campaign(withContext: markdown))
        for command in [["validate"], ["build", "sample"]] {
            let result = try project.advocate(command)
            #expect(!result.crashed)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("Campaigns/sample.yaml:15:7: error: the context cannot be rendered: \(expected)"), "\(command): \(result.stderr)")
        }
    }
}
