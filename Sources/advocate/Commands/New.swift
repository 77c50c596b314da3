import AdvocacyCore
import ArgumentParser
import Foundation

/// `advocate new SLUG --from TEMPLATE [--partner ID]`: start a campaign that extends a template;
/// `advocate new --blank SLUG [--languages L,…]`: start one from nothing.
struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a campaign that extends a template, or one from nothing with --blank, with a comment at each thing to fill in.",
        discussion: "Examples:\n  advocate new decent-work-nl --from decent-work --partner smart-be\n  advocate new --blank housing-2025 --languages fr,nl,en"
    )

    @OptionGroup var options: CampaignOptions

    @Argument(help: "The new campaign's id: lowercase letters, digits and hyphens.")
    var slug: String

    @Option(help: "The template to extend: a campaign file or id.", completion: .campaigns)
    var from: String?

    @Flag(help: "Start from nothing instead of a template: a campaign with every required key, ready to fill in.")
    var blank = false

    @Option(help: ArgumentHelp("With --blank: the campaign's languages, comma-separated, the source language first.", valueName: "L,…"))
    var languages = "en"

    @Option(help: "The partner profile that speaks for the new campaign.")
    var partner: String?

    func validate() throws {
        guard CampaignFile.isValidID(slug) else {
            throw ValidationError("'\(slug)' is not a valid campaign id; use lowercase letters, digits and hyphens, such as decent-work-fr")
        }
        guard blank != (from != nil) else {
            throw ValidationError("give either --from TEMPLATE, to extend a template, or --blank, to start from nothing")
        }
        for code in languageList where LanguageCode(code) == nil {
            throw ValidationError("--languages: '\(code)' is not an ISO 639-1 language code; use two letters such as fr, nl or en")
        }
    }

    /// The codes `--languages` gives.
    private var languageList: [String] {
        languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func run() async throws {
        try await reportingFailures {
            guard let from else {
                if let partner { _ = try partnerProfile(partner) }
                let codes = languageList.compactMap(LanguageCode.init)
                try write(BlankCampaign.text(id: slug, languages: codes, partner: partner, format: options.registry.format))
                return
            }
            let (loaded, template) = try options.loadValid(from)
            guard let declaration = template.template else {
                throw AdvocateError(.invalidInput, "'\(template.id.value)' is not a template: its file has no 'template:' declaration")
            }
            let profile = try partner.map { id throws(AdvocateError) in try partnerProfile(id) }
            try write(OverlayScaffold.text(
                id: slug, extending: template, declaration: declaration, layers: loaded.layers, format: options.registry.format, partner: profile))
        }
    }

    /// Writes `text` as `Campaigns/<slug>.yaml`, never over an existing file, headed by the
    /// line that points an editor at the schema when the project keeps it in `schema/`.
    private func write(_ text: String) throws(AdvocateError) {
        let folder = options.project.root.appendingPathComponent(Project.campaignsFolder)
        let url = folder.appendingPathComponent("\(slug).yaml")
        let schema = FormatSchema.folder + "/" + FormatSchema.Document.campaign.fileName
        let headed = FileManager.default.fileExists(atPath: options.project.root.appendingPathComponent(schema).path)
            ? "# yaml-language-server: $schema=../\(schema)\n" + text : text
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw AdvocateError(.cannotCreateOutput, "\(Project.displayPath(url)) exists already; choose another id or remove that file")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(headed.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot write \(Project.displayPath(url)): \(error.localizedDescription)")
        }
        Terminal.output(Project.displayPath(url))
    }

    private func partnerProfile(_ id: String) throws(AdvocateError) -> PartnerProfile {
        let loaded = options.project.partnerProfile(id, format: options.registry.format)
        guard !loaded.sources.isEmpty else {
            throw AdvocateError(.missingInput, loaded.diagnostics.first?.message ?? "there is no partner profile '\(id)'")
        }
        var report = DiagnosticReport()
        report.print(loaded.diagnostics, sources: loaded.sources)
        guard let profile = loaded.profile, report.errors == 0 else {
            throw AdvocateError(.invalidInput, "the partner profile '\(id)' has errors; fix them and run again")
        }
        return profile
    }
}
