import AdvocacyCore

extension FormatExtension {
    /// Checks the lists stage's keys against the rest of the campaign: contact source ids
    /// unique, audiences drawing on sources that exist and leaving out audiences that exist,
    /// and contact files inside the project.
    static let checkLists: Check = { check in
        check.checkUnique(check.campaign.contacts.map(\.id), kind: "contact source")
        check.checkAudienceSelections()
        check.checkContactFiles()
    }
}

extension CampaignCheck {
    /// Audiences draw on contact sources that exist, and leave out audiences that exist.
    fileprivate mutating func checkAudienceSelections() {
        let sourceIDs = Set(campaign.contacts.map(\.id.value))
        let audienceIDs = Set(campaign.audiences.map(\.id.value))
        for audience in campaign.audiences {
            guard let selection = audience.selection else { continue }
            for source in selection.contacts where !sourceIDs.contains(source.value) {
                reportDangling("audience '\(audience.id.value)' draws on the contacts '\(source.value)'", list: "contacts", id: source.value, known: sourceIDs, at: source.location)
            }
            for excluded in selection.exclude {
                if excluded.value == audience.id.value {
                    report(.error("audience '\(audience.id.value)' cannot leave out itself", at: excluded.location))
                } else if !audienceIDs.contains(excluded.value) {
                    reportDangling("audience '\(audience.id.value)' leaves out the audience '\(excluded.value)'", list: "audiences", id: excluded.value, known: audienceIDs, at: excluded.location)
                }
            }
            if !selection.contacts.isEmpty || selection.filter != nil, campaign.contacts.isEmpty {
                report(.error("audience '\(audience.id.value)' selects contacts, but the campaign lists no 'contacts' files to draw on", at: audience.id.location))
            }
        }
    }

    /// Contact files and the suppression list are files inside the project.
    fileprivate mutating func checkContactFiles() {
        let files = campaign.contacts.map(\.file) + (campaign.suppression.map { [$0] } ?? [])
        // A source without a file is reported missing already.
        for file in files where !file.value.isEmpty {
            switch project.containedFile(file.value, what: "the contacts file") {
            case .failure(let error): report(.error(error.message, at: file.location))
            case .success(let url):
                guard let problem = InputFile.problem(at: Project.displayPath(url), what: "the contacts file") else { continue }
                let message = problem.kind == .missingInput
                    ? "the contacts file '\(file.value)' does not exist; give its path from the project folder" : problem.message
                report(.error(message, at: file.location))
            }
        }
    }
}
