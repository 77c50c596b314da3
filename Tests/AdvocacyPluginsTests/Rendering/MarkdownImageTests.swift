import AdvocacyCore
import AdvocacyFixtures
import AdvocacyPlugins
import Foundation
import Testing

extension Rendering {
    /// Images reach the HTML only as `data:` addresses: `data:image/…` as written, a file inside
    /// the project embedded, anything else refused naming the image and its line.
    struct MarkdownImageTests {
        static let pixel = RecordingWebServer.pixelPNG

        @Test func aDataImageIsKeptAsItIs() throws {
            let html = try MarkdownRenderer().html("![logo](DATA:image/png;base64,\(Self.pixel))\n")
            #expect(html == "<p><img src=\"DATA:image/png;base64,\(Self.pixel)\" alt=\"logo\" /></p>\n")
        }

        @Test func aFileInsideTheProjectIsEmbedded() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-images-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            try FileManager.default.createDirectory(at: root.appendingPathComponent("images"), withIntermediateDirectories: true)
            try Data(base64Encoded: Self.pixel)!.write(to: root.appendingPathComponent("images/a pixel.PNG"))
            let renderer = MarkdownRenderer(images: MarkdownImages(filesIn: Project(root: root)))
            let html = try renderer.html("Voir ![un point](images/a%20pixel.PNG \"titre\").\n")
            #expect(html == "<p>Voir <img src=\"data:image/png;base64,\(Self.pixel)\" alt=\"un point\" title=\"titre\" />.</p>\n")
        }

        @Test(arguments: [
            ("![x](javascript:alert(1))", "The image 'javascript:alert(1)' at line 1 is not a file inside the project"),
            ("![x](vbscript:msgbox(1))", "The image 'vbscript:msgbox(1)' at line 1 is not a file inside the project"),
            ("text\n\n![x](https://example.org/chart.png)", "The image 'https://example.org/chart.png' at line 3 is not a file inside the project"),
            ("![x][ref]\n\n[ref]: HTTP://127.0.0.1/x.png", "The image 'HTTP://127.0.0.1/x.png' at line 1 is not a file inside the project"),
            ("![x](<http://[::ffff:127.0.0.1]/x.png>)", "The image 'http://[::ffff:127.0.0.1]/x.png' at line 1 is not a file inside the project"),
            ("![x](//127.0.0.1/x.png)", "The image '//127.0.0.1/x.png' at line 1 is not a file inside the project"),
            ("![x](file:///etc/hostname)", "The image 'file:///etc/hostname' at line 1 is not a file inside the project"),
            ("![x](data:text/html;base64,PHNjcmlwdD4=)", "is a data: address that is not an image"),
            ("![[a](javascript:b)](javascript:c)", "The image 'javascript:c' at line 1 is not a file inside the project"),
            ("![x](images/pixel.png)", "names a file, but here only data:image/… addresses are allowed"),
        ])
        func anyOtherImageIsRefused(markdown: String, expected: String) {
            let refused = { @Sendable (error: any Error) -> Bool in
                guard let error = error as? AdvocateError else { return false }
                return error.kind == .invalidInput && error.message.contains(expected)
            }
            #expect(performing: { _ = try MarkdownRenderer().html(markdown + "\n") }, throws: refused)
            #expect(performing: { try MarkdownRenderer().check(markdown + "\n") }, throws: refused)
        }

        @Test(arguments: [
            ("/etc/hostname", "is absolute; write it relative to the project folder"),
            ("%2Fetc%2Fhostname", "is absolute; write it relative to the project folder"),
            ("../outside.png", "leads out of the project folder"),
            ("missing.png", "does not exist or cannot be read"),
            ("fifo.png", "is not a regular file"),
            ("notes.txt", "is not a PNG, JPEG, GIF, WebP or SVG file"),
        ])
        func aFileOutsideTheProjectOrNotAnImageIsRefused(path: String, expected: String) throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-images-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try Data("notes".utf8).write(to: root.appendingPathComponent("notes.txt"))
            #expect(mkfifo(root.appendingPathComponent("fifo.png").path, 0o600) == 0)
            let renderer = MarkdownRenderer(images: MarkdownImages(filesIn: Project(root: root)))
            #expect {
                _ = try renderer.html("![x](\(path))\n")
            } throws: { error in
                (error as? AdvocateError)?.message.contains(expected) == true
            }
        }
    }
}
