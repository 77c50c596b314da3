extension CampaignLoader {
    /// The loaded campaign with the problems its external stages' programs report when asked to check
    /// it (protocol 1.1's check request), so that `validate` finds what a build would refuse.
    ///
    /// Only a valid campaign is sent, and only to a program its trust rules let run: a stage
    /// with a refused program is already an error, and nothing runs. A problem with a value an
    /// overlay inherited points at the overlay, the template's line as a note; a program that
    /// fails or breaks the protocol is an error at the stage.
    public func checkingPlugins(of loaded: LoadedCampaign) async -> LoadedCampaign {
        guard let campaign = loaded.campaign, !loaded.diagnostics.hasErrors else { return loaded }
        let input = StageCheckInput(campaign: campaign, partner: loaded.partner, project: project)
        var checked = loaded
        for stage in loaded.stages {
            guard let check = stage.pluginCheck, stage.programs.allSatisfy(\.decision.mayRun) else { continue }
            do {
                checked.diagnostics += loaded.pointingAtOwnFile(try await check(input))
            } catch {
                let location = stage.declaredAt ?? campaign.id.location
                checked.diagnostics.append(.error("the check of stage '\(stage.name)' could not run: \(error.message)", at: location))
            }
        }
        checked.diagnostics = checked.diagnostics.sortedByLocation()
        return checked
    }
}
