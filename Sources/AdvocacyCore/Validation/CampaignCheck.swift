/// A decoded campaign being checked, and what the checks found: the core's validation and each
/// stage's check of the keys it owns (``FormatExtension/check``) share it, so that their
/// problems read alike and come out in one run.
public struct CampaignCheck {
    /// The campaign, decoded with every registered stage's keys.
    public let campaign: Campaign
    /// Where overlays removed items, by list and id (`sources.ilo-2022`).
    public let removals: [String: SourceLocation]
    /// The project the campaign belongs to, for checks of the files it names.
    public let project: Project
    /// Every problem found so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Comparisons left for "did you mean" on dangling references: each suggestion compares the
    /// reference with every id of its list, so thousands of dangling references against
    /// thousands of ids get suggestions only while this lasts.
    private var comparisonsLeft = 200_000

    /// A check of `campaign`, from `project`, whose overlays made `removals`.
    public init(campaign: Campaign, removals: [String: SourceLocation] = [:], project: Project) {
        self.campaign = campaign
        self.removals = removals
        self.project = project
    }

    /// Records a problem.
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Reports each id used twice among `ids`, at its second use; `kind` names what they
    /// identify: "demand", "mailing".
    public mutating func checkUnique(_ ids: [Located<String>], kind: String) {
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

    /// Reports a reference to an id that is not in `list`: the overlay that removed it is at
    /// fault when one did, otherwise the reference, with a "did you mean" among `known`.
    /// `reference` says what refers to it: "demand 'fair-price' cites the source 'ilo'".
    public mutating func reportDangling(_ reference: String, list: String, id: String, known: Set<String>, at location: SourceLocation) {
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
}
