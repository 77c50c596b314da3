import AdvocacyCore
import ArgumentParser

/// `advocate explain CAMPAIGN [KEY.PATH]`: a resolved value and where each layer set it.
struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a campaign's resolved value and the file:line each layer set it at.",
        discussion: "KEY.PATH names a value by keys and ids, such as demands.fair-price.body.fr. Without it, every value is listed.\n\nExamples:\n  advocate explain decent-work-fr vars.organisation\n  advocate explain decent-work demands.fair-price.body.fr"
    )

    @OptionGroup var options: CampaignOptions

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    @Argument(help: "The value's key, such as title.fr, demands.fair-price.body.fr, or partner.address.it for the partner profile's; a text not written in the language shows the one used and how it falls back.")
    var key: String?

    func run() async throws {
        try await reportingFailures {
            let (loaded, campaign) = try options.loadValid(self.campaign)
            let provenance = Provenance(campaign)
            let partner = loaded.partner.map { PartnerProvenance($0, for: campaign) }
            let names = Dictionary(loaded.layers.map { ($0.file, $0.name) }, uniquingKeysWith: { first, _ in first })
                .merging(loaded.partner.map { [$0.file: "partner profile \($0.id.value)"] } ?? [:]) { first, _ in first }
            guard let key else {
                for entry in provenance.entries + (partner?.entries ?? []) {
                    let history = entry.locations.map(\.description).joined(separator: " → ")
                    Terminal.output("\(entry.key) = \(Self.oneLine(entry.value))\(entry.note.map { " (\($0))" } ?? "")\n    \(history)")
                }
                return
            }
            if key.hasPrefix(PartnerProvenance.prefix + ".") {
                guard let partner else {
                    throw AdvocateError(.usage, "\(campaign.id.value) names no partner profile; give it one with 'partner:'")
                }
                switch partner.entries(at: key) {
                case .failure(let notFound): throw AdvocateError(.usage, "\(campaign.id.value): \(notFound.message)")
                case .success(let entries): entries.forEach { Self.show($0, names: names) }
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
                Self.show(entry, names: names, filled: campaign.fillingVars(in: entry.value))
            }
        }
    }

    private static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 70 ? flat.prefix(69) + "…" : flat
    }

    /// A value under its key, indented; the value the build uses when `filled` (the value with
    /// its vars filled in) differs; where the first layer set it and each later one changed it,
    /// naming each file from `names`; and how it falls back.
    private static func show(_ entry: Provenance.Entry, names: [String: String], filled: String? = nil) {
        Terminal.output("\(entry.key):")
        Terminal.output(Self.indented(entry.value))
        if let filled, filled != entry.value {
            Terminal.output("the build uses it with its vars filled in:")
            Terminal.output(Self.indented(filled))
        }
        for (index, location) in entry.locations.enumerated() {
            let verb = index == 0 ? "set" : "changed"
            Terminal.output("\(verb) at \(location)\(names[location.file].map { " (\($0))" } ?? "")")
        }
        if let note = entry.note { Terminal.output(note) }
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n")
    }
}
