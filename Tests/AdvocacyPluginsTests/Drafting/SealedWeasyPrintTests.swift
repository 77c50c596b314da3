import AdvocacyCore
import AdvocacyFixtures
@testable import AdvocacyPlugins
import Foundation
import Testing

/// The sealed weasyprint on HTML that names everything it should not reach: nothing is fetched
/// (a loopback listener sees no connection), nothing is read or attached (pdftotext and
/// pdfdetach find nothing), `data:` images still print, and a paper over its bounds is an
/// invalid-input error naming the campaign and its language.
struct SealedWeasyPrintTests {
    static let english = LanguageCode("en")!
    static let dutch = LanguageCode("nl")!

    @Test func readsNothingButTheHTMLAndItsDataAddresses() async throws {
        let listener = try LoopbackListener()
        let port = listener.port
        let html = """
            <html><head>
            <link rel="stylesheet" href="HTTP://127.0.0.1:\(port)/s.css">
            <link rel="attachment" href="file:///etc/passwd">
            <style>
            @import url("http://[::ffff:127.0.0.1]:\(port)/i.css");
            @font-face { font-family: far; src: url(http://127.0.0.1:\(port)/f.woff) }
            body { font-family: far; background: url(/etc/hostname) }
            </style></head><body>
            <p>sealed paper</p>
            <img src="http://127.0.0.1:\(port)/a.png"><img src="http://[::ffff:127.0.0.1]:\(port)/b.png">
            <img src="/etc/hostname"><img src="file:///etc/hostname"><img src="FILE:///etc/hostname">
            <object data="file:///etc/hostname"></object><embed src="file:///etc/hostname">
            <iframe src="file:///etc/hostname"></iframe>
            <a rel="attachment" href="file:///etc/hostname">a</a>
            <a rel="attachment" href="http://127.0.0.1:\(port)/attachment">b</a>
            <img src="data:image/png;base64,\(RecordingWebServer.pixelPNG)">
            </body></html>
            """
        let printer = SealedWeasyPrint(projectRoot: FileManager.default.temporaryDirectory, temporaryFolder: FileManager.default.temporaryDirectory)
        let pdfs = try await printer.print([PDFEngine.Paper(language: Self.english, html: html)], of: "sample")
        #expect(pdfs.count == 1)
        #expect(listener.connections() == 0, "the engine connected to the loopback listener")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sealed-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdfs[0]).write(to: file)
        let text = try ExternalProgram(name: "pdftotext").run([file.path, "-"])
        #expect(text.stdout.contains("sealed paper"))
        let hostname = try String(contentsOfFile: "/etc/hostname", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(hostname.isEmpty || !text.stdout.contains(hostname))
        #expect(try ExternalProgram(name: "pdfdetach").run(["-list", file.path]).stdout.hasPrefix("0 embedded files"))
        let images = try ExternalProgram(name: "pdfimages").run(["-list", file.path]).stdout
        #expect(images.split(separator: "\n").filter { $0.split(separator: " ").dropFirst(2).first == "image" }.count == 1, "\(images)")
    }

    @Test func aPaperPrintsTheSameBytesAloneOrAfterAnother() async throws {
        let printer = SealedWeasyPrint(projectRoot: FileManager.default.temporaryDirectory, temporaryFolder: FileManager.default.temporaryDirectory)
        let first = PDFEngine.Paper(language: Self.english, html: "<h1>First</h1><p>One.</p>")
        let second = PDFEngine.Paper(language: Self.dutch, html: "<h1>Tweede</h1><p>Twee.</p>")
        let both = try await printer.print([first, second], of: "sample")
        let alone = try await printer.print([second], of: "sample")
        #expect(both.count == 2 && both[1] == alone[0])
    }

    @Test func aPaperOverItsTimeIsInvalidInputNamingTheCampaignAndTheLanguage() async throws {
        let printer = SealedWeasyPrint(projectRoot: FileManager.default.temporaryDirectory, temporaryFolder: FileManager.default.temporaryDirectory, secondsPerPaper: 1)
        let long = "<p>word</p>" + String(repeating: "<table><tr><td>cell</td><td>cell</td></tr></table>\n", count: 20_000)
        // The slow paper first: on a loaded machine even a short paper may take a second, and
        // the error must name the paper that ran out of time, not one that was merely slow.
        let papers = [PDFEngine.Paper(language: Self.dutch, html: long), PDFEngine.Paper(language: Self.english, html: "<p>short</p>")]
        await #expect {
            _ = try await printer.print(papers, of: "sample")
        } throws: { error in
            guard let error = error as? AdvocateError else { return false }
            return error.kind == .invalidInput
                // The engine's own alarm, or on a loaded machine the runner's timeout, whichever comes first.
                && error.message.hasPrefix("the PDF of campaign 'sample' in Dutch (nl) cannot be printed: it takes ")
        }
    }
}

extension SealedWeasyPrintTests {
    @Test(arguments: [
        ("#!/bin/sh\necho \"No module named 'weasyprint'\" >&2\nexit 69\n", "python3 cannot import it: No module named 'weasyprint'"),
        (nil, "does not exist or is not executable"),
    ])
    func aMissingInterpreterOrModuleNamesThePackageToInstall(interpreter: String?, expected: String) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sealed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let python = folder.appendingPathComponent("python3")
        if let interpreter {
            try Data(interpreter.utf8).write(to: python)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python.path)
        }
        let printer = SealedWeasyPrint(projectRoot: folder, temporaryFolder: folder, python: python.path)
        await #expect {
            _ = try await printer.print([PDFEngine.Paper(language: Self.english, html: "<p>x</p>")], of: "sample")
        } throws: { error in
            guard let error = error as? AdvocateError else { return false }
            return error.kind == .unavailable && error.message.contains(expected)
                && error.message.contains("install Debian's weasyprint (apt-get install weasyprint)")
        }
    }
}

/// A TCP socket listening on 127.0.0.1 that accepts nothing: a connection attempt completes in
/// the kernel's queue, where ``connections()`` counts it.
private final class LoopbackListener {
    let port: Int
    private let socket: Int32

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && listen(socket, 64) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
        guard bound else {
            close(socket)
            throw CocoaError(.fileWriteUnknown)
        }
        self.socket = socket
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(socket) }

    /// The connections waiting to be accepted, accepted and closed now.
    func connections() -> Int {
        var count = 0
        while case let connection = accept(socket, nil, nil), connection >= 0 {
            close(connection)
            count += 1
        }
        return count
    }
}
