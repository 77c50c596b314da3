import AdvocacyCore
import ArgumentParser
import Foundation

/// `advocate new SLUG --from TEMPLATE [--partner ID]`: start a campaign that extends a template.
struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a campaign that extends a template, with a comment at each thing to fill in.",
        discussion: "Examples:\n  advocate new decent-work-nl --from decent-work --partner smart-be"
    )

    @OptionGroup var options: CampaignOptions

    @Argument(help: "The new campaign's id: lowercase letters, digits and hyphens.")
    var slug: String

    @Option(help: "The template to extend: a campaign file or id.", completion: .campaigns)
    var from: String

    @Option(help: "The partner profile that speaks for the new campaign.")
    var partner: String?

    func validate() throws {
        guard CampaignFile.isValidID(slug) else {
            throw ValidationError("'\(slug)' is not a valid campaign id; use lowercase letters, digits and hyphens, such as decent-work-fr")
        }
    }

    func run() async throws {
        try await reportingFailures {
            let (loaded, template) = try options.loadValid(from)
            guard let declaration = template.template else {
                throw AdvocateError(.invalidInput, "'\(template.id.value)' is not a template: its file has no 'template:' declaration")
            }
            let profile = try partner.map { id throws(AdvocateError) in try partnerProfile(id) }
            let url = options.project.root.appendingPathComponent(Project.campaignsFolder).appendingPathComponent("\(slug).yaml")
            guard !FileManager.default.fileExists(atPath: url.path) else {
                throw AdvocateError(.cannotCreateOutput, "\(Project.displayPath(url)) exists already; choose another id or remove that file")
            }
            let text = OverlayScaffold.text(
                id: slug, extending: template, declaration: declaration, layers: loaded.layers, format: options.registry.format, partner: profile)
            do {
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                throw AdvocateError(.cannotCreateOutput, "cannot write \(Project.displayPath(url)): \(error.localizedDescription)")
            }
            Terminal.output(Project.displayPath(url))
        }
    }

    private func partnerProfile(_ id: String) throws(AdvocateError) -> PartnerProfile {
        let loaded = options.project.partnerProfile(id)
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
