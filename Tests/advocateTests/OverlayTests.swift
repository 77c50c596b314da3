import AdvocacyFixtures
import Foundation
import Testing

/// Campaigns that extend others, through the real binary: merging, provenance, templates and
/// every way a chain can be wrong.
struct OverlayTests {
    /// A project with the sample campaign as the template `base`.
    private func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.campaign("base.yaml", SampleCampaign.yaml(id: "base"))
        return project
    }

    @Test func anOverlayChangesRemovesAndAddsByID() throws {
        let project = try project()
        try project.campaign("overlay.yaml", """
            id: overlay
            extends: base
            title: { fr: Un prix juste, nl: Een juiste prijs, en: A just price }
            demands:
              - id: protection
                remove: true
              - id: training
                before: fair-price
                title: { fr: La formation, nl: Opleiding, en: Training }
                body: { fr: Former., nl: Opleiden., en: Train. }
              - id: fair-price
                body: { en: Pay for every hour. }

            """)
        let result = try project.advocate("build", "overlay", "--lang", "en")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let paper = String(decoding: try project.read("out/overlay/papers/en/position-paper.md"), as: UTF8.self)
        #expect(paper.hasPrefix("# A just price\n"))
        #expect(paper.contains("### 1. Training\n\nTrain.\n"))
        #expect(paper.contains("### 2. A fair price\n\nPay for every hour.\n"))
        #expect(!paper.contains("Social protection"))
    }

    @Test func explainShowsEveryLayerThatSetAValue() throws {
        let project = try project()
        try project.campaign("overlay.yaml", "id: overlay\nextends: base\ndemands:\n  - id: fair-price\n    body: { fr: Changé. }\n")
        let changed = try project.advocate("explain", "overlay", "demands.fair-price.body.fr")
        #expect(changed.stdout == """
            demands.fair-price.body.fr:
                Changé.
            set at Campaigns/base.yaml:21:11 (base)
            changed at Campaigns/overlay.yaml:5:17 (overlay)

            """)
        let inherited = try project.advocate("explain", "overlay", "demands.fair-price.body.nl")
        #expect(inherited.stdout.hasSuffix("set at Campaigns/base.yaml:22:11 (base)\n"))
        let typo = try project.advocate("explain", "overlay", "demands.fair-prise.body")
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("'demands' has no 'fair-prise'; did you mean 'fair-price'?"))
    }

    struct Mistake: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        let expected: String
        var testDescription: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(name: "cycle", files: ["a.yaml": "id: a\nextends: b\n", "b.yaml": "id: b\nextends: a\n"],
                expected: "Campaigns/b.yaml:2:10: error: these campaigns extend each other in a circle: Campaigns/a.yaml → Campaigns/b.yaml → Campaigns/a.yaml; break the circle"),
        Mistake(name: "missing parent", files: ["a.yaml": "id: a\nextends: bsae\n"],
                expected: "Campaigns/a.yaml:2:10: error: there is no campaign or template 'bsae' to extend; did you mean 'base'? (chain: Campaigns/a.yaml)"),
        Mistake(name: "path out of the project", files: ["a.yaml": "id: a\nextends: ../../etc/passwd.yaml\n"],
                expected: "Campaigns/a.yaml:2:10: error: the extended file '../../etc/passwd.yaml' leads out of the project folder; keep it inside (chain: Campaigns/a.yaml)"),
        Mistake(name: "absolute path", files: ["a.yaml": "id: a\nextends: /etc/base.yaml\n"],
                expected: "Campaigns/a.yaml:2:10: error: the extended file '/etc/base.yaml' is absolute; write it relative to the project folder (chain: Campaigns/a.yaml)"),
        Mistake(name: "remove an id that does not exist", files: ["a.yaml": "id: a\nextends: base\ndemands:\n  - id: fair-prise\n    remove: true\n"],
                expected: "Campaigns/a.yaml:4:5: error: there is no 'fair-prise' to remove in the campaign this one extends; did you mean 'fair-price'?"),
        Mistake(name: "place after an id that does not exist", files: ["a.yaml": "id: a\nextends: base\ndemands:\n  - id: fair-price\n    after: nowhere\n"],
                expected: "Campaigns/a.yaml:5:12: error: 'after: nowhere' names no item of this list"),
        Mistake(name: "remove a source still cited", files: ["a.yaml": "id: a\nextends: base\nsources:\n  - id: ilo-2022\n    remove: true\n"],
                expected: "Campaigns/a.yaml:4:5: error: 'ilo-2022' cannot be removed: demand 'fair-price' cites the source 'ilo-2022'; change that too, or keep 'ilo-2022'"),
        Mistake(name: "remove every demand", files: ["a.yaml": "id: a\nextends: base\ndemands:\n  - id: fair-price\n    remove: true\n  - id: protection\n    remove: true\n"],
                expected: "Campaigns/a.yaml:4:3: error: 'demands' is empty; a campaign needs at least one"),
        Mistake(name: "unknown var", files: ["a.yaml": "id: a\nextends: base\ntitle: { fr: 'Pour {{vars.organistion}}' }\nvars: { organisation: X }\n"],
                expected: "Campaigns/a.yaml:3:20: error: this text uses {{vars.organistion}}, but no 'vars:' in this campaign or what it extends gives 'organistion' a value; did you mean 'organisation'?"),
        Mistake(name: "template needs a newer advocate", files: ["a.yaml": "id: a\nextends: base\ntemplate: { version: 1.0.0, advocate: '9.0' }\n"],
                expected: "Campaigns/a.yaml:3:39: error: this template needs advocate 9.0 or later, and this is advocate 0.1.0; update advocate"),
    ]

    @Test(arguments: mistakes)
    func aBrokenChainIsReportedAtTheLayerAtFault(_ mistake: Mistake) throws {
        let project = try project()
        for (name, text) in mistake.files { try project.campaign(name, text) }
        let result = try project.advocate("validate", "a")
        #expect(!result.crashed)
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").contains(Substring(mistake.expected)), "stderr was:\n\(result.stderr)")
    }

    @Test func aStagesProblemWithAnInheritedValuePointsAtTheOverlayWithTheTemplateLineAsANote() throws {
        let project = try project()
        try project.write("plugins/fake.py", MisbehavingPlugin.script)
        try project.campaign("overlay.yaml", """
            id: overlay
            extends: base
            pipeline:
              - draft
              - stage: fake
                command: [python3, plugins/fake.py, problem]

            """)
        // The plugin finds fault with the title of 'fair-price', which the overlay inherits from the template.
        let result = try project.advocate("build", "overlay")
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.contains("Campaigns/overlay.yaml:1:5: error: plugin 'fake': this title is too long for the CRM"), "stderr was:\n\(result.stderr)")
        #expect(lines.contains(
            "Campaigns/base.yaml:19:12: note: the value at fault is inherited from 'base' here; write it in Campaigns/overlay.yaml to change it for this campaign"))
    }

    @Test func explainPrintsTheValuesOfATextAndOfAList() throws {
        let project = try project()
        try project.campaign("overlay.yaml", "id: overlay\nextends: base\nlanguages: [fr, en]\ndemands:\n  - id: fair-price\n    title: { fr: Un prix juste }\n")
        let text = try project.advocate("explain", "overlay", "demands.fair-price.title")
        #expect(text.status == 0, "stderr was:\n\(text.stderr)")
        #expect(text.stdout.hasPrefix("demands.fair-price.title:\n    fr: Un prix juste\n    nl: "), "stdout was:\n\(text.stdout)")
        #expect(text.stdout.contains("\n    en: A fair price\n"))
        let list = try project.advocate("explain", "overlay", "languages")
        #expect(list.stdout.hasPrefix("languages:\n    - fr\n    - en\n"), "stdout was:\n\(list.stdout)")
    }

    @Test func explainSaysWhereARemovedIDWasRemoved() throws {
        let project = try project()
        try project.campaign("overlay.yaml", "id: overlay\nextends: base\ndemands:\n  - id: protection\n    remove: true\n")
        let result = try project.advocate("explain", "overlay", "demands.protection.title.fr")
        #expect(result.status == 64)
        #expect(result.stderr.hasSuffix("error: overlay: 'demands.protection' was removed at Campaigns/overlay.yaml:4:5 (overlay), by 'remove: true'\n"), "stderr was:\n\(result.stderr)")
    }

    @Test func aSymbolicLinkOutOfTheProjectIsRefused() throws {
        let project = try project()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).yaml")
        try Data(SampleCampaign.yaml(id: "outside").utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: project.root.appendingPathComponent("Campaigns/linked.yaml"), withDestinationURL: outside)
        try project.campaign("a.yaml", "id: a\nextends: Campaigns/linked.yaml\n")
        let result = try project.advocate("validate", "a")
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: the extended file 'Campaigns/linked.yaml' is a link to a place outside the project folder"))
    }

    @Test func newWritesAnOverlayThatListsWhatIsStillToFillIn() throws {
        let project = try project()
        try project.campaign("base.yaml", SampleCampaign.yaml(id: "base")
            .replacingOnce("status: review\n", with: "status: review\ntemplate:\n  version: 1.2.0\n  variables:\n    - { name: parliament, description: the parliament you address }\nvars: { parliament: la Chambre }\n"))
        try project.write("Campaigns/partners/smart-fr.yaml", SamplePartner.yaml(id: "smart-fr", languages: "[fr]"))

        let created = try project.advocate("new", "base-fr", "--from", "base", "--partner", "smart-fr")
        #expect(created.status == 0, "stderr was:\n\(created.stderr)")
        #expect(created.stdout == "Campaigns/base-fr.yaml\n")
        let overlay = String(decoding: try project.read("Campaigns/base-fr.yaml"), as: UTF8.self)
        #expect(overlay.contains("id: base-fr\nextends: base\npartner: smart-fr\nlanguages: [fr]"))
        #expect(overlay.contains("  # To fill in: the parliament you address\n  parliament: \"\"\n"))

        let validated = try project.advocate("validate", "base-fr")
        #expect(validated.status == 0)
        #expect(validated.stderr.contains("warning: vars.parliament is still to fill in: the parliament you address (asked by the template 'base')"))
        #expect(try project.advocate("validate", "--strict", "base-fr").status == 65)

        let again = try project.advocate("new", "base-fr", "--from", "base")
        #expect(again.status == 73)
        let notATemplate = try project.advocate("new", "other", "--from", "base-fr")
        #expect(notATemplate.status == 65)
        #expect(notATemplate.stderr.contains("'base-fr' is not a template"))
        let badID = try project.advocate("new", "Base FR", "--from", "base")
        #expect(badID.status == 64)
    }
}
