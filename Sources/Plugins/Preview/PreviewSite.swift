public import AdvocacyCore
public import Foundation

/// The static site `advocate preview` writes for reviewers: an index with the plan's counts,
/// the translation state and what changed since the previous build; a page per language with
/// its papers (HTML and PDF) and a sample of each mailing for its audience (the mailing stage's
/// proof sheets, or the mailing's texts rendered where the build made none); and the
/// changed texts side by side. Plain HTML and CSS: no script, nothing fetched from elsewhere.
public struct PreviewSite {
    let campaign: Campaign
    let result: BuildResult
    let previous: PreviousBuild?
    let plans: [MailingPlan]
    let status: TranslationStatus

    /// The site of the build `result` of `campaign`, compared with `previous`; `plans` are its
    /// mailings' plans.
    public init(campaign: Campaign, result: BuildResult, previous: PreviousBuild?, plans: [MailingPlan]) {
        self.campaign = campaign
        self.result = result
        self.previous = previous
        self.plans = plans
        status = TranslationStatus(campaign)
    }

    /// Writes the site into `folder`, replacing what was there; returns the paths of its pages.
    @discardableResult
    public func write(to folder: URL) throws(AdvocateError) -> [String] {
        let fileManager = FileManager.default
        let staging = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).writing")
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let pages = try self.pages()
            for page in pages {
                try Data(page.html.utf8).write(to: staging.appendingPathComponent(page.path))
            }
            for file in result.manifest.files where file.path.hasPrefix("papers/") || Self.isProofSheet(file.path) {
                let target = staging.appendingPathComponent("files/" + file.path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: result.folder.appendingPathComponent(file.path), to: target)
            }
            try? fileManager.removeItem(at: folder)
            try fileManager.moveItem(at: staging, to: folder)
            return pages.map(\.path)
        } catch let error as AdvocateError {
            try? fileManager.removeItem(at: staging)
            throw error
        } catch {
            try? fileManager.removeItem(at: staging)
            throw AdvocateError(.cannotCreateOutput, "cannot write the preview into \(Project.displayPath(folder)): \(error.localizedDescription)")
        }
    }

    /// Every page of the site.
    func pages() throws(AdvocateError) -> [PreviewPage] {
        var pages = [indexPage(), changesPage()]
        for language in campaign.languages.map(\.value) {
            pages.append(try languagePage(language))
        }
        return pages
    }

    private var source: LanguageCode { campaign.sourceLanguage }

    /// A text of the campaign in `language`, through its fallbacks, with its vars filled in as a
    /// paper or a mail shows it.
    private func text(_ text: LocalizedText, in language: LanguageCode) -> String {
        campaign.fillingVars(in: campaign.resolve(text, in: language)?.text ?? "")
    }

    private func navigation(_ language: LanguageCode?) -> String {
        let links = ["<a href=\"index.html\">Overview</a>"] + campaign.languages.map(\.value).map {
            "<a href=\"\($0.code).html\"\($0 == language ? " aria-current=\"page\"" : "")>\(PreviewPage.escaped($0.displayName))</a>"
        } + ["<a href=\"changes.html\">Changes</a>"]
        return "<nav>" + links.joined(separator: " ") + "</nav>"
    }

    func indexPage() -> PreviewPage {
        let title = text(campaign.title, in: source)
        var body = [navigation(nil), "<h1>\(PreviewPage.escaped(title))</h1>",
                    "<p class=\"note\">Preview of the build of <code>\(PreviewPage.escaped(campaign.id.value))</code> for review.</p>",
                    "<h2>Languages</h2>", "<ul>"]
        body += campaign.languages.map(\.value).map {
            "<li><a href=\"\($0.code).html\">\(PreviewPage.escaped($0.displayName))</a>: papers and mailing samples</li>"
        }
        body += ["</ul>", "<h2>Plan</h2>"]
        if plans.isEmpty {
            body.append("<p>No mailing has anyone to plan for.</p>")
        } else {
            let languages = campaign.languages.map(\.value.code)
            body.append("<table><tr><th>mailing</th><th>audience</th><th>recipients</th>" + languages.map { "<th>\($0)</th>" }.joined() + "<th>left out</th></tr>")
            for plan in plans {
                let counts = Dictionary(grouping: plan.recipients, by: \.language).mapValues(\.count)
                body.append("<tr><td>\(PreviewPage.escaped(plan.mailing))</td><td>\(PreviewPage.escaped(plan.audience))</td><td>\(plan.recipients.count)</td>"
                    + languages.map { "<td>\(counts[$0] ?? 0)</td>" }.joined() + "<td>\(plan.excluded.count)</td></tr>")
            }
            body.append("</table>")
        }
        body += ["<h2>Translation</h2>", "<table><tr><th>language</th>" + TranslationStatus.State.allCases.map { "<th>\($0.rawValue)</th>" }.joined() + "</tr>"]
        for language in campaign.languages.map(\.value) where language != source {
            let counts = status.counts(in: language)
            body.append("<tr><td>\(PreviewPage.escaped(language.displayName))</td>" + TranslationStatus.State.allCases.map { "<td>\(counts[$0] ?? 0)</td>" }.joined() + "</tr>")
        }
        body.append("</table>")
        let changes = self.changes
        body += ["<h2>Changes since the previous build</h2>",
                 previous == nil ? "<p>There was no previous build to compare with.</p>"
                    : "<p>\(changes.added.count) added, \(changes.removed.count) removed, \(changes.changed.count) changed: <a href=\"changes.html\">see them</a>.</p>"]
        return PreviewPage(path: "index.html", title: title, language: source.code, body: body.joined(separator: "\n"))
    }

    func languagePage(_ language: LanguageCode) throws(AdvocateError) -> PreviewPage {
        var body = [navigation(language), "<h1>\(PreviewPage.escaped(text(campaign.title, in: language)))</h1>", "<h2>Papers</h2>", "<ul>"]
        for file in result.manifest.files where file.path.hasPrefix("papers/") && file.language == language.code {
            body.append("<li><a href=\"files/\(PreviewPage.escaped(file.path))\">\(PreviewPage.escaped(file.path))</a> (\(file.bytes) bytes)</li>")
        }
        body += ["</ul>", "<h2>Mailings</h2>"]
        if campaign.mailings.isEmpty { body.append("<p>The campaign has no mailings.</p>") }
        let renderer = MarkdownRenderer()
        for mailing in campaign.mailings {
            let audience = campaign.audiences.first { $0.id.value == mailing.audience.value }
            let audienceName = audience.map { text($0.title, in: language) } ?? mailing.audience.value
            body += ["<section class=\"sample\">",
                     "<p class=\"note\">Sample of <code>\(PreviewPage.escaped(mailing.id.value))</code> to \(PreviewPage.escaped(audienceName)), in \(PreviewPage.escaped(language.displayName))</p>"]
            let proofs = proofSheets(of: mailing.id.value, in: language)
            if proofs.isEmpty {
                // No proof sheet in this build (no mailing stage, or no recipient in this
                // language): the mailing's own texts, before any personalisation.
                body += ["<h3>\(PreviewPage.escaped(text(mailing.subject, in: language)))</h3>", try renderer.html(text(mailing.body, in: language))]
            }
            for proof in proofs {
                let address = PreviewPage.escaped("files/" + proof.path)
                body += ["<p><a href=\"\(address)\">The mailing stage's proof sheet, \(PreviewPage.escaped(proof.path))</a></p>",
                         "<iframe src=\"\(address)\" title=\"\(PreviewPage.escaped(proof.path))\" style=\"width: 100%; height: 40rem; border: 1px solid #c8c8cc;\"></iframe>"]
            }
            body.append("</section>")
        }
        return PreviewPage(path: "\(language.code).html", title: text(campaign.title, in: language), language: language.code, body: body.joined(separator: "\n"))
    }

    /// Whether `path` is a proof sheet of the mailing stage: `mailings/<mailing>/proof-<languages>.html`.
    static func isProofSheet(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 3 && parts[0] == "mailings" && parts[2].hasPrefix("proof-") && parts[2].hasSuffix(".html")
    }

    /// The proof sheets of `mailing` that readers of `language` get: its own, and a bilingual
    /// one (`proof-fr+nl.html`) that holds it.
    func proofSheets(of mailing: String, in language: LanguageCode) -> [ManifestEntry] {
        result.manifest.files.filter { file in
            guard Self.isProofSheet(file.path), file.path.hasPrefix("mailings/\(mailing)/proof-") else { return false }
            let languages = file.path.dropFirst("mailings/\(mailing)/proof-".count).dropLast(".html".count)
            return languages.split(separator: "+").contains { $0 == language.code }
        }
    }

    private var changes: PreviewChanges {
        let files = Dictionary(result.manifest.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        return PreviewChanges(from: previous, to: files) { path in
            (try? InputFile.read(result.folder.appendingPathComponent(path).path, what: "a file of the build")).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    func changesPage() -> PreviewPage {
        let changes = self.changes
        var body = [navigation(nil), "<h1>Changes since the previous build</h1>"]
        guard previous != nil else {
            body.append("<p>There was no previous build to compare with.</p>")
            return PreviewPage(path: "changes.html", title: "Changes", language: source.code, body: body.joined(separator: "\n"))
        }
        for (heading, paths) in [("Added", changes.added), ("Removed", changes.removed), ("Changed", changes.changed)] {
            body.append("<h2>\(heading) (\(paths.count))</h2>")
            if !paths.isEmpty { body.append("<ul>" + paths.map { "<li><code>\(PreviewPage.escaped($0))</code></li>" }.joined() + "</ul>") }
        }
        for file in changes.sideBySide {
            body += ["<h2><code>\(PreviewPage.escaped(file.path))</code></h2>", "<table class=\"side\"><tr><th>before</th><th>now</th></tr>"]
            for row in file.rows {
                body.append("<tr><td class=\"removed\">\(PreviewPage.escaped(row.old ?? ""))</td><td class=\"added\">\(PreviewPage.escaped(row.new ?? ""))</td></tr>")
            }
            body.append("</table>")
        }
        return PreviewPage(path: "changes.html", title: "Changes", language: source.code, body: body.joined(separator: "\n"))
    }
}
