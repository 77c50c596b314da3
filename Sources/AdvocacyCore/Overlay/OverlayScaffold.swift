/// The first version of a partner's overlay of a template, as `advocate new` writes it: the
/// few keys that must change, and a comment at each thing to fill in, the partner's own people
/// (contact exports, audiences, mailings, which an overlay does not inherit) among them.
public enum OverlayScaffold {
    /// The overlay file's text for a campaign `id` extending `template` (loaded from `layers`,
    /// read with `format`), spoken by `partner`.
    public static func text(
        id: String, extending template: Campaign, declaration: TemplateDeclaration, layers: [Layer],
        format: FormatDeclaration, partner: PartnerProfile?
    ) -> String {
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
        lines += peopleStubs(template: template.id.value, layers: layers, format: format, partner: partner)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A commented stub for each key holding people, the `inherit:` line commented out with what
    /// it means, and who the mailings come from.
    static func peopleStubs(template: String, layers: [Layer], format: FormatDeclaration, partner: PartnerProfile?) -> [String] {
        let keys = format.peopleKeys
        guard !keys.isEmpty else { return [] }
        var lines = [
            "", "# Your people. The template's \(keys.joined(separator: ", ")) are not inherited:",
            "# they are the people of the organisation that wrote '\(template)'. Declare your own below.",
            "# To take the template's instead, only if those people agreed to hear from you, uncomment",
            "# this line (validate then warns, naming the files):",
            "# inherit: [\(keys.joined(separator: ", "))]",
        ]
        for key in keys {
            guard let field = format["campaign"]?.field(key) else { continue }
            let ids = layers.reversed().lazy.compactMap { $0.root[key]?.sequence }.first?.compactMap(OverlayMerger.id) ?? []
            let theirs = ids.isEmpty ? "" : " The template's: \(ids.joined(separator: ", "))."
            lines += ["", "# To fill in: \(field.help)\(theirs)", "# \(key): \(field.example)"]
        }
        lines.append("")
        if let partner {
            let sender = partner.identity(in: partner.languages.first?.value ?? LanguageCode(unchecked: "en"), for: nil).sender
            lines.append("# Your mailings come from the sender of your partner profile: \(sender.name.text) <\(partner.sender.email.value)>.")
        } else {
            lines.append("# Your mailings need a sender: name your partner profile with 'partner:', whose 'sender:' they come from.")
        }
        return lines
    }
}
