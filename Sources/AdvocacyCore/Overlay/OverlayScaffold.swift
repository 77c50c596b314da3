/// The first version of a partner's overlay of a template, as `advocate new` writes it: the
/// few keys that must change, and a comment at each thing to fill in.
public enum OverlayScaffold {
    /// The overlay file's text for a campaign `id` extending `template`, spoken by `partner`.
    public static func text(id: String, extending template: Campaign, declaration: TemplateDeclaration, partner: PartnerProfile?) -> String {
        let languages = partner.map { $0.languages.map(\.value) } ?? template.languages.map(\.value)
        var lines = [
            "# \(id): extends the template '\(template.id.value)' (version \(declaration.version.value)).",
            "# Everything not written here comes from the template, and follows it when it improves.",
            "# How overlays merge: docs/templates.md. Check this file with: advocate validate \(id)",
            "id: \(id)",
            "extends: \(template.id.value)",
        ]
        if let partner {
            lines.append("partner: \(partner.id.value)")
            lines.append("languages: [\(languages.map(\.code).joined(separator: ", "))]   # the first is the source language")
        }
        lines += ["status: draft", "", "# To fill in: the title, in each of your languages.", "# title:"]
        lines += languages.map { "#   \($0.code): …" }
        if !declaration.variables.isEmpty {
            lines += ["", "vars:"]
            for variable in declaration.variables {
                lines.append("  # To fill in: \(variable.description.value)")
                lines.append("  \(variable.name.value): \"\"")
            }
        }
        let demands = template.demands.map(\.id.value)
        if let first = demands.first {
            lines += [
                "", "# To change a demand, repeat its id with the fields to change; to drop one, 'remove: true';",
                "# to add one, a new id with its title and body, placed with 'after:' or 'before:'.",
                "# The template's demands: \(demands.joined(separator: ", ")).",
                "# demands:", "#   - id: \(first)", "#     title: { \(languages.first?.code ?? "fr"): … }",
                "#   - id: \(demands.last ?? first)", "#     remove: true",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
