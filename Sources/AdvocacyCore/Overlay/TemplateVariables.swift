import Foundation

/// The `vars` a template asks partners to fill in, and which of them a campaign extending it
/// has not filled yet.
enum TemplateVariables {
    /// A warning for each variable a template beneath the campaign declares and no later layer
    /// gives a non-empty value.
    static func unfilled(in layers: [Layer], campaign: Campaign) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (index, layer) in layers.enumerated().dropLast() {
            guard let node = layer.template else { continue }
            var decoder = NodeDecoder()
            guard let template = decoder.template(node) else { continue }
            let later = layers[(index + 1)...]
            for variable in template.variables {
                let filled = later.contains { layer in
                    guard let value = layer.root["vars"]?[variable.name.value]?.scalar else { return false }
                    return !value.isNull && !value.text.trimmingCharacters(in: .whitespaces).isEmpty
                }
                guard !filled else { continue }
                warnings.append(.warning(
                    "vars.\(variable.name.value) is still to fill in: \(variable.description.value) (asked by the template '\(layer.name)')",
                    at: campaign.vars[variable.name.value]?.location ?? campaign.id.location,
                    notes: [.init("the template asks for it here", at: variable.name.location)]))
            }
        }
        return warnings
    }
}
