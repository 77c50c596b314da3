import Foundation
import Testing

/// The real campaigns' mailings, built as `make demo` builds them: every message read by
/// Python's `email` package without a defect, the texts it decodes equal to what the proof
/// sheet shows advocate rendered, and a rebuild byte-identical.
struct RealMailingsTests {
    static let campaigns = ["decent-work", "elections-2024", "social-economy-recognition"]

    @Test(arguments: campaigns)
    func everyMessageParsesWithoutADefectAndSaysWhatTheProofShows(_ campaign: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-real-mailings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let environment = ["ADVOCATE_UNSUBSCRIBE_SECRET": "demo-secret-for-proofreading-only"]
        let root = RealCampaignsTests.repositoryRoot
        let build = try AdvocateProcess.run(["build", campaign, "--out", out.path], in: root, environment: environment, timeout: .seconds(300))
        try #require(build.status == 0, "stderr was:\n\(build.stderr)")
        let folder = out.appendingPathComponent(campaign)
        let messages = try MailReader.messages(in: "mailings", of: folder)
        #expect(messages.count >= 8)
        for message in messages {
            #expect(message.defects.isEmpty, "\(message.file): \(message.defects)")
            #expect(message.longestLine <= 998)
            #expect(message.plain?.contains("{{") == false && message.html?.contains("{{") == false, "\(message.file) has a placeholder left")
            #expect(message.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click", "\(message.file)")
            let language = try #require(message.headers["Content-Language"], "\(message.file)")
            #expect(message.file.split(separator: "/")[1] == language.replacingOccurrences(of: ", ", with: "+"))
        }
        // Each proof sheet shows one recipient's message as advocate rendered it.
        let proofs = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("mailings").path).flatMap { mailing in
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("mailings/\(mailing)").path)
                .filter { $0.hasPrefix("proof-") }.map { "mailings/\(mailing)/\($0)" }
        }
        #expect(proofs.count >= 4)
        for proof in proofs {
            let page = String(decoding: try Data(contentsOf: folder.appendingPathComponent(proof)), as: UTF8.self)
            #expect(!page.contains("<script") && !page.contains("src=\"http"), "\(proof) is not self-contained")
            let address = try #require(Self.between(page, "<h2>Sample: the message to ", "</h2>"))
            let language = proof.split(separator: "/")[2].dropFirst("proof-".count).dropLast(".html".count)
            let mailing = proof.split(separator: "/")[1]
            let message = try #require(messages.first { $0.file.hasPrefix("\(mailing)/\(language)/\(Self.unescaped(address))") }, "\(proof)")
            #expect(message.html == Self.unescaped(try #require(Self.between(page, "srcdoc=\"", "\"></iframe>"))), "\(proof)")
            #expect(message.plain == Self.unescaped(try #require(Self.between(page, "<pre id=\"plain\">", "</pre>"))), "\(proof)")
            let subject = Self.unescaped(try #require(Self.between(page, "<p id=\"subject\">", "</p>")))
            #expect(message.headers["Subject"] == subject, "\(proof)")
        }
        let manifest = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let again = try AdvocateProcess.run(["build", campaign, "--out", out.path], in: root, environment: environment, timeout: .seconds(300))
        #expect(again.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("manifest.json")) == manifest, "a rebuild changed some file")
    }

    /// `build --lang fr` after a full build: it needs only the French paper, keeps the Dutch and
    /// English messages of the previous build, and says that it wrote no bilingual message.
    @Test func aBuildOfOneLanguageKeepsTheOtherLanguagesMessages() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-real-mailings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let environment = ["ADVOCATE_UNSUBSCRIBE_SECRET": "demo-secret-for-proofreading-only"]
        let root = RealCampaignsTests.repositoryRoot
        let full = try AdvocateProcess.run(["build", "decent-work", "--out", out.path], in: root, environment: environment, timeout: .seconds(300))
        try #require(full.status == 0, "stderr was:\n\(full.stderr)")
        let mailings = out.appendingPathComponent("decent-work/mailings/ministers-letter")
        func messages(_ language: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: mailings.appendingPathComponent(language).path).sorted()
        }
        let dutch = try messages("nl")
        try #require(!dutch.isEmpty && !(try messages("fr+nl")).isEmpty)
        let french = try AdvocateProcess.run(["build", "decent-work", "--lang", "fr", "--out", out.path], in: root, environment: environment, timeout: .seconds(300))
        #expect(french.status == 0, "stderr was:\n\(french.stderr)")
        #expect(try messages("nl") == dutch)
        #expect(!FileManager.default.fileExists(atPath: mailings.appendingPathComponent("fr+nl").path))
        #expect(french.stderr.contains("warning: mailing 'ministers-letter': this build of fr writes no message for 4 recipients reading other languages"))
    }

    @Test func planShowsTheRealMailings() throws {
        let plan = try AdvocateProcess.run(["plan", "decent-work", "--mailing", "ministers-letter"], in: RealCampaignsTests.repositoryRoot)
        #expect(plan.status == 0, "stderr was:\n\(plan.stderr)")
        #expect(plan.stdout.hasPrefix("ministers-letter → federal-cabinets: 6 recipients, 0 left out\n"))
        #expect(plan.stdout.contains("  secretariaat@cabinet-emploi.example\tfr+nl\t<"))
        #expect(plan.stdout.contains("(attached: decent-work-fr.pdf, decent-work-nl.pdf)"))
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex) else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
