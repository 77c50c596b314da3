import AdvocacyCore
import Foundation
import Testing

/// A stage owns its part of the campaign format through public API alone: a made-up stage
/// declares a key and a section of its own, reads them into the campaign's stage data and
/// checks them with the core's validation, its problems at file:line like the core's, with no
/// change to the core. (The module is imported without `@testable` on purpose.)
struct StageOwnedFormatTests {
    /// What the press stage reads from `press-kit:`.
    struct PressKit: Sendable {
        var contact: Located<String>?
        var embargo: Located<String>?
    }

    /// What the press stage reads from an audience's `outlet:`.
    struct Outlet: Sendable {
        var name: String
    }

    static let pressKit = FormatSection("press kit", help: "What journalists get.", fields: [
        FormatField("contact", .identifier, required: true, help: "The audience that answers journalists, by id.", example: "press"),
        FormatField("embargo", .day, help: "The day the papers may be published.", example: "2024-06-09"),
    ])

    /// The press stage's keys: `press-kit:` at the top of a campaign, and `outlet:` on audiences.
    static let format = FormatExtension(
        keys: [
            "campaign": [FormatField("press-kit", .section("press kit"), help: "What journalists get.", example: "{ contact: press }")],
            "audience": [FormatField("outlet", .text(.line), help: "The outlet the audience writes for.", example: "Le Soir")],
        ],
        sections: [pressKit],
        readers: [
            "campaign": { decoder, fields, data in
                guard let node = decoder.value("press-kit", in: fields),
                      let kit = decoder.fields(of: node, owner: "the press kit", section: "press kit") else { return }
                data[PressKit.self] = PressKit(
                    contact: decoder.value("contact", in: kit).flatMap { decoder.identifier($0, what: "the press contact") },
                    embargo: decoder.value("embargo", in: kit).flatMap { decoder.text($0, what: "the embargo") })
            },
            "audience": { decoder, fields, data in
                data[Outlet.self] = decoder.value("outlet", in: fields)
                    .flatMap { decoder.text($0, what: "the outlet of \(fields.owner)") }.map { Outlet(name: $0.value) }
            },
        ],
        check: { check in
            guard let contact = check.campaign.stageData[PressKit.self]?.contact else { return }
            let audiences = Set(check.campaign.audiences.map(\.id.value))
            if !audiences.contains(contact.value) {
                check.reportDangling(
                    "the press kit's contact is the audience '\(contact.value)'", list: "audiences", id: contact.value, known: audiences, at: contact.location)
            }
        })

    static let registry = StageRegistry(
        definitions: [StageDefinition(name: "press", summary: "Prepares the press kit.") { Stage(name: "press") { _ in } }.owning(format)],
        defaultPipeline: ["press"])

    /// A campaign with one audience, `press`, and what `more` adds at its top level.
    static func campaign(_ more: String, audience: String = "") -> String {
        """
        id: a
        title: Titre
        languages: [fr]
        status: draft
        summary: Résumé
        demands:
          - { id: fair-price, title: Prix, body: Texte }
        audiences:
          - id: press
            title: Presse\(audience)
        \(more)
        """
    }

    /// The diagnostics of loading `yaml` as `a.yaml` in a project holding `files` under `Campaigns/`.
    static func load(_ yaml: String, files: [String: String] = [:]) throws -> (LoadedCampaign, [String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-format-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let campaigns = root.appendingPathComponent(Project.campaignsFolder)
        try FileManager.default.createDirectory(at: campaigns, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: campaigns.appendingPathComponent(name)) }
        let loaded = CampaignLoader(project: Project(root: root), registry: registry).load(bytes: Array(yaml.utf8), file: "a.yaml")
        return (loaded, loaded.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.location.column): \($0.message)" })
    }

    @Test func theStageReadsItsKeysIntoTheCampaignAndItsAudiences() throws {
        let (loaded, messages) = try Self.load(Self.campaign("press-kit: { contact: press, embargo: 2024-06-09 }", audience: "\n    outlet: Le Soir"))
        #expect(messages == [])
        let campaign = try #require(loaded.campaign)
        #expect(campaign.stageData[PressKit.self]?.contact?.value == "press")
        #expect(campaign.stageData[PressKit.self]?.embargo?.value == "2024-06-09")
        #expect(campaign.audiences.first?.stageData[Outlet.self]?.name == "Le Soir")
    }

    @Test func itsKeysAreCheckedAsTheCoresAreAtFileAndLine() throws {
        let (_, messages) = try Self.load(Self.campaign("press-kit: { contat: press, embargo: [x] }", audience: "\n    outlett: Le Soir"))
        #expect(messages == [
            "a.yaml:11:5: unknown key 'outlett' in audience 'press'; did you mean 'outlet'?",
            "a.yaml:12:14: unknown key 'contat' in the press kit; did you mean 'contact'?",
            "a.yaml:12:38: the embargo should be text, but it is a list",
        ])
    }

    @Test func itsCheckRunsInTheSameValidationAndSeesTheOverlaysRemovals() throws {
        let (_, dangling) = try Self.load(Self.campaign("press-kit: { contact: pres }"))
        #expect(dangling == ["a.yaml:11:23: the press kit's contact is the audience 'pres', which is not in 'audiences'; did you mean 'press'?"])

        let base = Self.campaign("press-kit: { contact: press }").replacingOccurrences(of: "id: a\n", with: "id: base\n")
        let (_, removed) = try Self.load("id: a\nextends: base\ninherit: [audiences]\naudiences:\n  - id: press\n    remove: true\n", files: ["base.yaml": base])
        #expect(removed.contains("a.yaml:5:5: 'press' cannot be removed: the press kit's contact is the audience 'press'; change that too, or keep 'press'"), "\(removed)")
    }

    @Test func withoutTheStageItsKeysAreUnknown() throws {
        let loaded = CampaignLoader(project: Project(root: FileManager.default.temporaryDirectory), registry: StageRegistry(definitions: [], defaultPipeline: []))
            .load(bytes: Array(Self.campaign("press-kit: { contact: press }").utf8), file: "a.yaml")
        #expect(loaded.diagnostics.map(\.message) == ["unknown key 'press-kit' in campaign"])
    }

    @Test func theFormatWithTheStageIsSound() {
        #expect(Self.registry.format.problems == [])
    }
}
