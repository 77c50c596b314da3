import AdvocacyCore
import AdvocacyPlugins
import AdvocateTestSupport
import Foundation
import Testing

/// The demo campaigns' mailings, built by `advocate build` as `make demo` builds them, one
/// `.eml` per recipient and again as one mbox per mailing: every message Python's `email`
/// package reads has no defect, and its subject and decoded texts are exactly what the
/// mailing's composer rendered for its recipient.
struct DemoMailingsTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let environment = ProcessInfo.processInfo.environment.merging(
        [UnsubscribeSecret.variable: "demo-secret-for-proofreading-only"], uniquingKeysWith: { _, demo in demo })

    /// One message as advocate rendered it.
    struct Rendered {
        let mailing: String
        /// Its file under `mailings/`.
        let file: String
        let message: FilledMessage
    }

    @Test(arguments: ["decent-work", "elections-2024", "social-economy-recognition"])
    func everyMessageSaysExactlyWhatAdvocateRendered(_ campaign: String) async throws {
        let rendered = try await Self.rendered(campaign)
        #expect(rendered.count >= 8)

        let out = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-demo-mailings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try AdvocateProcess.run(["build", campaign, "--out", out.path], in: Self.root, environment: Self.environment, timeout: .seconds(300))
        try #require(build.status == 0, "stderr was:\n\(build.stderr)")
        let folder = out.appendingPathComponent("\(campaign)/mailings")
        let written = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".eml") } ?? []
        #expect(Set(written) == Set(rendered.map(\.file)), "the messages written are not those rendered")
        let messages = try PythonEmail.read(files: rendered.map { folder.appendingPathComponent($0.file).path })
        try #require(messages.count == rendered.count)
        for (message, expected) in zip(messages, rendered) {
            Self.check(message, says: expected, expected.file)
        }

        // The same messages in one mbox per mailing, in the list's order.
        let mbox = try TemporaryProject()
        try FileManager.default.removeItem(at: mbox.root.appendingPathComponent("Campaigns"))
        for item in ["Campaigns", "plugins", "allowed-plugins.yaml"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(item), to: mbox.root.appendingPathComponent(item))
        }
        let yaml = String(decoding: try mbox.read("Campaigns/\(campaign).yaml"), as: UTF8.self)
        try #require(yaml.contains("\n  - mailing\n"))
        try mbox.write("Campaigns/\(campaign).yaml", yaml.replacingOccurrences(of: "\n  - mailing\n", with: "\n  - stage: mailing\n    options: { format: mbox }\n"))
        let mboxBuild = try AdvocateProcess.run(["build", campaign], in: mbox.root, environment: Self.environment, timeout: .seconds(300))
        try #require(mboxBuild.status == 0, "stderr was:\n\(mboxBuild.stderr)")
        for mailing in Set(rendered.map(\.mailing)).sorted() {
            let expected = rendered.filter { $0.mailing == mailing }
            let messages = try PythonEmail.readMailbox(at: mbox.root.appendingPathComponent("out/\(campaign)/mailings/\(mailing)/mailbox.mbox").path)
            #expect(messages.count == expected.count, "\(mailing)")
            for (index, (message, expected)) in zip(messages, expected).enumerated() {
                Self.check(message, says: expected, "\(mailing)/mailbox.mbox#\(index)")
            }
        }
    }

    /// Checks that Python found no defect in `message` and decoded what `expected` says.
    static func check(_ message: PythonEmail.Message, says expected: Rendered, _ name: String) {
        #expect(message.defects.isEmpty, "\(name): \(message.defects)")
        #expect(message.headers["Subject"] == expected.message.subject, "\(name)")
        #expect(message.parts.first { $0.type == "text/plain" }?.content == expected.message.plain, "\(name)")
        #expect(message.parts.first { $0.type == "text/html" }?.content == expected.message.html, "\(name)")
    }

    /// Each message of `campaign`'s mailings, in the order the mailing stage writes them, as
    /// the composer the stage uses renders it, with the same secret and date.
    static func rendered(_ campaign: String) async throws -> [Rendered] {
        let loader = CampaignLoader(project: Project(root: root), registry: BuiltinStages.registry)
        let build = try CampaignBuild(loader.load(file: root.appendingPathComponent("Campaigns/\(campaign).yaml").path), loader: loader)
        let contacts = try #require(try await build.products([CampaignContacts.self]).products[CampaignContacts.self])
        var rendered: [Rendered] = []
        for mailing in build.campaign.mailings {
            guard let list = contacts.lists.first(where: { $0.spec.id == mailing.audience.value }) else { continue }
            let composer = MailingComposer(
                mailing, of: build.campaign, partner: build.loaded.partner, book: contacts.book, languages: build.languages,
                pdfs: nil, date: try SendDate.of(mailing, in: build.campaign, environment: environment),
                secret: try UnsubscribeSecret.read(from: environment))
            for recipient in list.recipients {
                guard case .ready(let addressee)? = composer.addressee(for: recipient) else { continue }
                let id = mailing.id.value
                rendered.append(Rendered(mailing: id, file: "\(id)/\(addressee.language)/\(addressee.fileKey).eml", message: try FilledMessage(addressee)))
            }
        }
        return rendered
    }
}
