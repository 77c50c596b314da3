import AdvocacyCore
import AdvocacyPlugins

extension CampaignBuild {
    /// The audiences the campaign's `lists` stage resolves, from a dry build that runs only it,
    /// for `advocate plan` and `lists`; the stage's problems and warnings are printed.
    func audiences() async throws -> CampaignContacts {
        let dry: (products: StageProducts, warnings: [Diagnostic])
        var report = DiagnosticReport()
        do throws(AdvocateError) {
            dry = try await products([CampaignContacts.self])
        } catch {
            report.print(error.diagnostics, sources: loaded.sources)
            throw error
        }
        report.print(dry.warnings, sources: loaded.sources)
        guard let contacts = dry.products[CampaignContacts.self] else {
            throw AdvocateError(.internalError, "no stage provided the audiences of '\(campaign.id.value)'")
        }
        return contacts
    }
}
