import Foundation
import Testing

/// `advocate schema`: the committed schemas are its output, every file in `Campaigns/` points
/// at its schema and validates against it with an independent validator, and the schemas
/// refuse what advocate refuses.
struct SchemaTests {
    static let root = RealCampaignsTests.repositoryRoot

    /// Every YAML file of `Campaigns/`, with the schema its first line should name.
    static func projectFiles() throws -> [(yaml: String, schema: String)] {
        let campaigns = root.appendingPathComponent("Campaigns")
        var files: [(String, String)] = []
        for (folder, schema) in [("", "campaign"), ("partners/", "partner"), ("translations/", "translations")] {
            let names = try FileManager.default.contentsOfDirectory(atPath: campaigns.appendingPathComponent(folder).path)
            for name in names.sorted() where name.hasSuffix(".yaml") {
                files.append(("Campaigns/\(folder)\(name)", "schema/\(schema).schema.json"))
            }
        }
        return files
    }

    @Test(arguments: ["campaign", "partner", "translations"])
    func theCommittedSchemaIsWhatAdvocatePrints(document: String) throws {
        let result = try AdvocateProcess.run(["schema", "--for", document], in: Self.root)
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let committed = try String(contentsOf: Self.root.appendingPathComponent("schema/\(document).schema.json"), encoding: .utf8)
        #expect(result.stdout == committed, "run: swift run advocate schema --for \(document) > schema/\(document).schema.json")
    }

    @Test func theCommittedReferenceIsWhatAdvocatePrints() throws {
        let result = try AdvocateProcess.run(["schema", "--markdown"], in: Self.root)
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let committed = try String(contentsOf: Self.root.appendingPathComponent("docs/reference.md"), encoding: .utf8)
        #expect(result.stdout == committed, "run: make docs")
        for section in ["campaign", "demand", "partner profile", "translation records", "contact source", "audience filter"] {
            #expect(result.stdout.contains("\n## \(section)\n"))
        }
        #expect(result.stdout.contains("| `pdf-engine` |"))
    }

    @Test func everyProjectFileNamesItsSchemaOnItsFirstLine() throws {
        let files = try Self.projectFiles()
        #expect(files.count >= 9)
        for (yaml, schema) in files {
            let text = try String(contentsOf: Self.root.appendingPathComponent(yaml), encoding: .utf8)
            let depth = yaml.split(separator: "/").count - 1
            let expected = "# yaml-language-server: $schema=" + String(repeating: "../", count: depth) + schema
            #expect(text.split(separator: "\n", maxSplits: 1).first.map(String.init) == expected, "\(yaml)")
        }
    }

    @Test func everyProjectFileValidatesAgainstItsSchema() throws {
        let files = try Self.projectFiles()
        let result = try SchemaCheck.validate(files, in: Self.root)
        #expect(result.status == 0, "\(result.output)")
        for (yaml, _) in files {
            #expect(result.stdout.contains("ok \(yaml)\n"), "\(result.output)")
        }
    }

    /// Documents advocate refuses, and the place the schema should refuse them at.
    static let refused: [(name: String, schema: String, yaml: String, error: String)] = [
        ("an unknown key", "campaign", "id: x\ntitle: T\nlanguages: [fr]\nstatus: draft\nsummary: S\ndemads: []\n", "at (top): Additional properties are not allowed ('demads'"),
        ("a missing required key", "campaign", "id: x\ntitle: T\nlanguages: [fr]\nstatus: draft\nsummary: S\n", "'demands' is a required property"),
        ("a status outside its choices", "campaign", "id: x\ntitle: T\nlanguages: [fr]\nstatus: done\nsummary: S\ndemands: []\n", "at status: 'done' is not one of"),
        ("a line break in a one-line text", "campaign", "id: x\ntitle: \"T\\nU\"\nlanguages: [fr]\nstatus: draft\nsummary: S\ndemands: []\n", "at title:"),
        ("an option the stage does not take", "campaign", "id: x\ntitle: T\nlanguages: [fr]\nstatus: draft\nsummary: S\ndemands: []\npipeline: [{ stage: draft, options: { pfd: true } }]\n", "at pipeline.0.options: Additional properties are not allowed ('pfd'"),
        ("an option of the wrong type", "campaign", "id: x\ntitle: T\nlanguages: [fr]\nstatus: draft\nsummary: S\ndemands: []\npipeline: [{ stage: translate, options: { timeout: 0 } }]\n", "at pipeline.0.options.timeout: 0 is less than the minimum of 1"),
        ("an unknown key in an overlay's item", "campaign", "id: x\nextends: y\ndemands: [{ id: a, tilte: T }]\n", "at demands.0: Additional properties are not allowed ('tilte'"),
        ("a partner without a sender", "partner", "id: p\nname: P\ncountry: BE\nlanguages: [fr]\naddress: A\nlegal: L\n", "'sender' is a required property"),
        ("a translation state that does not exist", "translations", "translations:\n  nl:\n    title: { source: abc, state: done }\n", "at translations.nl.title.state: 'done' is not one of"),
    ]

    @Test(arguments: refused.map(\.name))
    func theSchemaRefusesAnInvalidDocument(name: String) throws {
        let (_, schema, yaml, error) = try #require(Self.refused.first { $0.name == name })
        let project = try TemporaryProject()
        try project.write("refused.yaml", yaml)
        let schemaFile = Self.root.appendingPathComponent("schema/\(schema).schema.json").path
        let result = try SchemaCheck.validate([("refused.yaml", schemaFile)], in: project.root)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stdout.contains(error), "\(result.output)")
    }
}
