import AdvocacyCore

/// What the draft stage would refuse before printing anything, found for `validate`: a text it
/// cannot render, a layout or a logo that does not pass its check; and the languages whose
/// labels it would print in English.
enum DraftCheck {
    /// The check of a draft stage, laying papers out with `layout` (the partner's or the
    /// built-in one when `nil`) when it `laysOut`.
    static func check(layout: ProjectPath?, laysOut: Bool) -> @Sendable (StageCheckInput) -> [Diagnostic] {
        { input in
            PaperLabels.warnings(for: input.campaign, partner: input.partner)
                + (laysOut ? problems(in: input, layout: layout) : [])
        }
    }

    /// An error for each problem, at the file and line the user can change.
    static func problems(in input: StageCheckInput, layout: ProjectPath?) -> [Diagnostic] {
        var problems = PaperTexts.problems(in: input.campaign, project: input.project)
        let fallback = layout?.location ?? input.partner?.layout?.location ?? input.campaign.id.location
        do throws(AdvocateError) {
            _ = try StageDefinition.paperLayout(layout, partner: input.partner, in: input.project)
        } catch {
            problems += error.diagnostics.isEmpty ? [.error(error.message, at: fallback)] : error.diagnostics
        }
        if let partner = input.partner {
            do throws(AdvocateError) {
                _ = try PaperLogo.dataURI(of: partner, in: input.project)
            } catch {
                problems += error.diagnostics.isEmpty ? [.error(error.message, at: partner.logo?.location ?? fallback)] : error.diagnostics
            }
        }
        return problems
    }
}
