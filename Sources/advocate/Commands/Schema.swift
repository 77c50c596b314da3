import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser

/// `advocate schema [--for campaign|partner|translations] [--markdown]`: the JSON Schema of a
/// kind of project file, or the format reference, from the format declaration.
struct Schema: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of campaign files, partner profiles or translation records, for editors.",
        discussion: """
            The schema is generated from the declaration the loader reads campaigns with, so it \
            lists exactly the keys advocate accepts, with their help, an example each, and the \
            options of every built-in stage. The repository keeps copies in schema/; a file \
            points an editor's YAML language server at one with a first line such as:
              # yaml-language-server: $schema=../schema/campaign.schema.json

            Examples:
              advocate schema > schema/campaign.schema.json
              advocate schema --for partner
              advocate schema --markdown > docs/reference.md
            """
    )

    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("for"), help: "The kind of file: campaign, partner or translations.", completion: .list(FormatSchema.Document.allCases.map(\.rawValue)))
    var kind = FormatSchema.Document.campaign.rawValue

    @Flag(help: "Print the reference of the whole format as Markdown instead (docs/reference.md).")
    var markdown = false

    func validate() throws {
        guard FormatSchema.Document(rawValue: kind) != nil else {
            let kinds = FormatSchema.Document.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--for \(kind): there is no schema for '\(kind)'; give one of \(kinds)")
        }
    }

    func run() async throws {
        try await reportingFailures {
            let registry = BuiltinStages.registry
            let text = markdown ? FormatReference(registry: registry).markdown : FormatSchema(registry: registry).text(for: FormatSchema.Document(rawValue: kind) ?? .campaign)
            try Terminal.writeWhole(Array(text.utf8), what: markdown ? "the reference" : "the schema")
        }
    }
}
