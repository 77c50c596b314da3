import Foundation
import Testing

/// `advocate new --blank`: a first campaign from nothing that validates, builds and fits the schema.
struct NewBlankTests {
    @Test func aBlankCampaignValidatesBuildsAndFitsTheSchema() throws {
        let project = try TemporaryProject()
        let created = try project.advocate("new", "--blank", "housing-2025", "--languages", "fr,nl", "--partner", "smart-be")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "Campaigns/housing-2025.yaml\n")
        let text = String(decoding: try project.read("Campaigns/housing-2025.yaml"), as: UTF8.self)
        #expect(text.contains("\n# The languages the campaign speaks; the first is the source language.\nlanguages: [fr, nl]\n"))
        #expect(text.contains("\npartner: smart-be\n"))

        let validated = try project.advocate("validate", "--strict", "housing-2025")
        #expect(validated.status == 65, "a text missing in Dutch is a warning, an error with --strict")
        #expect(try project.advocate("validate", "housing-2025").status == 0)
        let built = try project.advocate("build", "housing-2025")
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("out/housing-2025/papers/fr/position-paper.html\n"))

        let schema = RealCampaignsTests.repositoryRoot.appendingPathComponent("schema/campaign.schema.json").path
        let checked = try SchemaCheck.validate([("Campaigns/housing-2025.yaml", schema)], in: project.root)
        #expect(checked.status == 0, "\(checked.output)")
    }

    @Test func theSchemaLineHeadsTheFileWhenTheProjectKeepsTheSchema() throws {
        let project = try TemporaryProject()
        try project.write("schema/campaign.schema.json", "{}")
        #expect(try project.advocate("new", "--blank", "first").status == 0)
        let text = String(decoding: try project.read("Campaigns/first.yaml"), as: UTF8.self)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/campaign.schema.json\n# first: a new campaign."))
    }

    /// (arguments, exit status, a part of the message)
    static let refused: [([String], Int32, String)] = [
        (["new", "--blank", "x", "--from", "y"], 64, "give either --from TEMPLATE"),
        (["new", "x"], 64, "give either --from TEMPLATE"),
        (["new", "--blank", "x", "--languages", "fr,french"], 64, "'french' is not an ISO 639-1 language code"),
        (["new", "--blank", "Bad_Id"], 64, "is not a valid campaign id"),
        (["new", "--blank", "x", "--partner", "nobody"], 66, "nobody"),
    ]

    @Test(arguments: refused.indices)
    func refusedArguments(index: Int) throws {
        let (arguments, status, message) = Self.refused[index]
        let project = try TemporaryProject()
        let result = try project.advocate(arguments)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Campaigns/x.yaml").path))
    }

    @Test func anExistingCampaignIsNeverOverwritten() throws {
        let project = try TemporaryProject()
        try project.campaign("x.yaml", "id: x\n")
        let result = try project.advocate("new", "--blank", "x")
        #expect(result.status == 73)
        #expect(result.stderr.contains("Campaigns/x.yaml exists already"))
        #expect(String(decoding: try project.read("Campaigns/x.yaml"), as: UTF8.self) == "id: x\n")
    }
}
