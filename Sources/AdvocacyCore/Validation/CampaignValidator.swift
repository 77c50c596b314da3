/// Checks what a campaign means once it is decoded: ids unique, references resolved, the id
/// matching the file, every text present in every language.
struct CampaignValidator {
    let campaign: Campaign
    /// Where overlays removed items, by list and id (`sources.ilo-2022`).
    let removals: [String: SourceLocation]
    private(set) var diagnostics: [Diagnostic] = []
    /// Comparisons left for "did you mean" on dangling references: each suggestion compares the
    /// reference with every id of its list, so thousands of dangling references against
    /// thousands of ids get suggestions only while this lasts.
    private var comparisonsLeft = 200_000

    /// Runs every check and returns what they found.
    static func validate(_ campaign: Campaign, removals: [String: SourceLocation] = [:]) -> [Diagnostic] {
        var validator = CampaignValidator(campaign: campaign, removals: removals)
        validator.checkFileName()
        validator.checkUnique(campaign.demands.map(\.id), kind: "demand")
        validator.checkUnique(campaign.sources.map(\.id), kind: "source")
        validator.checkUnique(campaign.audiences.map(\.id), kind: "audience")
        validator.checkUnique(campaign.mailings.map(\.id), kind: "mailing")
        validator.checkUnique(campaign.contacts.map(\.id), kind: "contact source")
        validator.checkAudienceSelections()
        validator.checkReferences()
        validator.checkTranslations()
        validator.checkLengths()
        return validator.diagnostics
    }

    private mutating func checkFileName() {
        let expected = CampaignFile.id(ofPath: campaign.file)
        let id = campaign.id
        guard !id.value.isEmpty, id.value != expected else { return }
        diagnostics.append(.error(
            "the campaign id '\(id.value)' differs from its file name '\(expected)'; rename one so that 'advocate build \(id.value)' finds it",
            at: id.location))
    }

    private mutating func checkUnique(_ ids: [Located<String>], kind: String) {
        var seen: [String: SourceLocation] = [:]
        for id in ids where !id.value.isEmpty {
            if let first = seen[id.value] {
                diagnostics.append(.error(
                    "the \(kind) id '\(id.value)' is used twice (first at line \(first.line)); give each \(kind) its own id",
                    at: id.location, notes: [.init("'\(id.value)' is first used here", at: first)]))
            } else {
                seen[id.value] = id.location
            }
        }
    }

    private mutating func checkReferences() {
        let sourceIDs = Set(campaign.sources.map(\.id.value))
        for demand in campaign.demands {
            for cited in demand.sources where !sourceIDs.contains(cited.value) {
                reportDangling(
                    "demand '\(demand.id.value)' cites the source '\(cited.value)'", list: "sources", id: cited.value, known: sourceIDs, at: cited.location)
            }
        }
        let audienceIDs = Set(campaign.audiences.map(\.id.value))
        for mailing in campaign.mailings where !mailing.audience.value.isEmpty && !audienceIDs.contains(mailing.audience.value) {
            reportDangling(
                "mailing '\(mailing.id.value)' goes to the audience '\(mailing.audience.value)'", list: "audiences", id: mailing.audience.value,
                known: audienceIDs, at: mailing.audience.location)
        }
    }

    /// Audiences draw on contact sources that exist, and leave out audiences that exist.
    private mutating func checkAudienceSelections() {
        let sourceIDs = Set(campaign.contacts.map(\.id.value))
        let audienceIDs = Set(campaign.audiences.map(\.id.value))
        for audience in campaign.audiences {
            guard let selection = audience.selection else { continue }
            for source in selection.contacts where !sourceIDs.contains(source.value) {
                reportDangling("audience '\(audience.id.value)' draws on the contacts '\(source.value)'", list: "contacts", id: source.value, known: sourceIDs, at: source.location)
            }
            for excluded in selection.exclude {
                if excluded.value == audience.id.value {
                    diagnostics.append(.error("audience '\(audience.id.value)' cannot leave out itself", at: excluded.location))
                } else if !audienceIDs.contains(excluded.value) {
                    reportDangling("audience '\(audience.id.value)' leaves out the audience '\(excluded.value)'", list: "audiences", id: excluded.value, known: audienceIDs, at: excluded.location)
                }
            }
            if !selection.contacts.isEmpty || selection.filter != nil, campaign.contacts.isEmpty {
                diagnostics.append(.error("audience '\(audience.id.value)' selects contacts, but the campaign lists no 'contacts' files to draw on", at: audience.id.location))
            }
        }
    }

    /// A reference to an id that is not there: the overlay that removed it is at fault when
    /// one did, otherwise the reference.
    private mutating func reportDangling(_ reference: String, list: String, id: String, known: Set<String>, at location: SourceLocation) {
        if let removal = removals["\(list).\(id)"] {
            diagnostics.append(.error(
                "'\(id)' cannot be removed: \(reference); change that too, or keep '\(id)'",
                at: removal, notes: [.init("it is still used here", at: location)]))
        } else {
            comparisonsLeft -= known.count
            let suggestion = comparisonsLeft >= 0 ? Suggestion.clause(for: id, among: known) : ""
            diagnostics.append(.error("\(reference), which is not in '\(list)'\(suggestion)", at: location))
        }
    }

    /// A text missing in a declared language is a warning: outputs fall back to the source
    /// language meanwhile. `--strict` makes it an error.
    private mutating func checkTranslations() {
        let languages = campaign.languages.map(\.value)
        for (key, text) in campaign.localizedTexts where !text.translations.isEmpty {
            let missing = languages.filter { text.translations[$0] == nil }
            guard !missing.isEmpty else { continue }
            let names = missing.map(\.displayName).joined(separator: ", ")
            diagnostics.append(.warning(
                "'\(key)' has no text in \(names); readers in \(missing.count == 1 ? "that language" : "those languages") will see the \(campaign.sourceLanguage.displayName) text",
                at: text.location))
        }
    }

    /// Titles and subjects fit on one line's worth of characters (``TextLimits``), in every
    /// language, whether written in the campaign or in its translation records.
    private mutating func checkLengths() {
        for (key, text) in campaign.localizedTexts where text.kind == .line {
            // Texts over the limit for any text were reported where they were decoded.
            for (language, translation) in text.translations.sorted(by: { $0.key.code < $1.key.code }) where translation.value.utf8.count <= TextLimits.text {
                guard let excess = TextLimits.excess(of: translation.value, kind: .line) else { continue }
                diagnostics.append(.error("the \(language.displayName) text of '\(key)' is \(excess)", at: translation.location))
            }
        }
    }
}
