import AdvocacyCore
import ArgumentParser

/// `advocate explain CAMPAIGN [KEY.PATH]`: a resolved value and where each layer set it.
struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a campaign's resolved value and the file:line each layer set it at.",
        discussion: "KEY.PATH names a value by keys and ids, such as demands.fair-price.body.fr. Without it, every value is listed."
    )

    @OptionGroup var options: CampaignOptions

    @Argument(help: "A campaign file or id.")
    var campaign: String

    @Argument(help: "The value's key, such as title.fr or demands.fair-price.body.fr.")
    var key: String?

    func run() async throws {
        try await reportingFailures {
            let (loaded, campaign) = try options.loadValid(self.campaign)
            let provenance = Provenance(campaign)
            let names = Dictionary(loaded.layers.map { ($0.file, $0.name) }, uniquingKeysWith: { first, _ in first })
            guard let key else {
                for entry in provenance.entries {
                    let history = entry.locations.map(\.description).joined(separator: " → ")
                    Terminal.output("\(entry.key) = \(Self.oneLine(entry.value))\n    \(history)")
                }
                return
            }
            switch provenance.entry(at: key) {
            case .failure(let notFound):
                if let (removed, location) = loaded.removals.first(where: { key == $0.key || key.hasPrefix($0.key + ".") }) {
                    let layer = names[location.file].map { " (\($0))" } ?? ""
                    throw AdvocateError(.usage, "\(campaign.id.value): '\(removed)' was removed at \(location)\(layer), by 'remove: true'")
                }
                throw AdvocateError(.usage, "\(campaign.id.value): \(notFound.message)")
            case .success(let entry):
                Terminal.output("\(entry.key):")
                Terminal.output(Self.indented(entry.value))
                let filled = campaign.fillingVars(in: entry.value)
                if filled != entry.value {
                    Terminal.output("the build uses it with its vars filled in:")
                    Terminal.output(Self.indented(filled))
                }
                for (index, location) in entry.locations.enumerated() {
                    let verb = index == 0 ? "set" : "changed"
                    let layer = names[location.file].map { " (\($0))" } ?? ""
                    Terminal.output("\(verb) at \(location)\(layer)")
                }
            }
        }
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n")
    }

    private static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 70 ? flat.prefix(69) + "…" : flat
    }
}
