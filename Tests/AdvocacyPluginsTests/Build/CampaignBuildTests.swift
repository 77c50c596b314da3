@testable import AdvocacyCore
import AdvocacyFixtures
@testable import AdvocacyPlugins
import Foundation
import Testing

/// The library's one build: stages hand the audiences on, a dry build reads them for `plan`,
/// and a pipeline that lacks what a stage needs is refused before anything runs.
struct CampaignBuildTests {
    /// How many times each stage ran, across the tasks a build may use.
    final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        private var plans: [MailingPlan] = []

        func ran(_ stage: String) { lock.withLock { counts[stage, default: 0] += 1 } }
        func count(_ stage: String) -> Int { lock.withLock { counts[stage] ?? 0 } }
        func planned(_ plan: [MailingPlan]) { lock.withLock { plans = plan } }
        var lastPlans: [MailingPlan] { lock.withLock { plans } }
    }

    /// A project with the sample partner, a contacts export, and the sample campaign drawing on it.
    struct Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-build-\(UUID().uuidString)")

        init() throws {
            let partners = root.appendingPathComponent("Campaigns/partners")
            try FileManager.default.createDirectory(at: partners, withIntermediateDirectories: true)
            try Data(SamplePartner.yaml().utf8).write(to: partners.appendingPathComponent("smart-be.yaml"))
            let csv = "E-mail;Prénom;Langue;Consent newsletter\r\nann@x.example;Ann;nl;yes\r\nbob@x.example;Bob;fr;no\r\ncem@x.example;Cem;de;yes\r\n"
            try Data(csv.utf8).write(to: root.appendingPathComponent("contacts.csv"))
        }

        /// The sample campaign reading `contacts.csv`, with `pipeline` (lines under `pipeline:`).
        func yaml(pipeline: [String]) -> String {
            SampleCampaign.yaml().replacingOccurrences(
                of: "audiences:\n  - id: members\n",
                with: "contacts:\n  - id: export\n    file: contacts.csv\naudiences:\n  - id: members\n    contacts: [export]\n    consent: newsletter\n")
                + "pipeline:\n" + pipeline.map { "  - \($0)\n" }.joined()
        }

        func load(pipeline: [String], registry: StageRegistry) -> (LoadedCampaign, CampaignLoader) {
            let loader = CampaignLoader(project: Project(root: root), registry: registry)
            return (loader.load(bytes: Array(yaml(pipeline: pipeline).utf8), file: "sample.yaml"), loader)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// The built-in stages, each counting its runs, and `mailing`, a stand-in for the mailing
    /// stage to come: it needs the audiences and plans its mailings from them.
    static func registry(counting runs: Runs) -> StageRegistry {
        func counting(_ definition: StageDefinition, provides: [any StageProduct.Type]) -> StageDefinition {
            StageDefinition(name: definition.name, summary: definition.summary, provides: provides) {
                let real = definition.stage()
                return Stage(name: real.name) { context in
                    runs.ran(real.name)
                    try await real.body(&context)
                }
            }.owning(definition.format)
        }
        let mailing = StageDefinition(name: "mailing", summary: "Plans the mailings.", needs: [CampaignContacts.self]) {
            Stage(name: "mailing") { context in
                runs.ran("mailing")
                let contacts = try #require(context.products[CampaignContacts.self])
                runs.planned(MailingPlan.plans(for: context.campaign.mailings, of: context.campaign, contacts: contacts, partner: context.partner).plans)
            }
        }
        return StageRegistry(
            definitions: [
                counting(.draftPositionPapers, provides: [PositionPapers.self]),
                counting(.buildLists, provides: [CampaignContacts.self]),
                .translationReport, mailing,
            ],
            defaultPipeline: ["draft", "lists", "translation-report"])
    }

    @Test func aLaterStageReadsTheAudiencesTheListsStageResolvedAndTheContactsAreReadOnce() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let runs = Runs()
        let (loaded, loader) = scratch.load(pipeline: ["draft", "lists", "mailing"], registry: Self.registry(counting: runs))
        let out = scratch.root.appendingPathComponent("out")
        let result = try await CampaignBuild(loaded, loader: loader).run(into: out)

        #expect(runs.count("lists") == 1)
        #expect(runs.count("mailing") == 1)
        let plan = try #require(runs.lastPlans.first)
        #expect(plan.recipients.map(\.address) == ["ann@x.example"])
        #expect(plan.excluded.map(\.reason).sorted() == ["no-consent", "no-language"])
        #expect(result.manifest.files.map(\.path).contains("lists/members.csv"))
        #expect(result.products[CampaignContacts.self]?.lists.map(\.spec.id) == ["members"])
        #expect(result.products[PositionPapers.self]?.files[LanguageCode("en")!] == ["papers/en/position-paper.md", "papers/en/position-paper.html"])
    }

    /// What `advocate plan` and `lists` do: a dry build runs the lists stage alone, once,
    /// writes nothing, and hands over the same audiences the build's lists stage resolves.
    @Test func aDryBuildRunsOnlyTheStagesThatProvideWhatIsAskedAndWritesNothing() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let runs = Runs()
        let (loaded, loader) = scratch.load(pipeline: ["draft", "lists", "translation-report"], registry: Self.registry(counting: runs))
        let build = try CampaignBuild(loaded, loader: loader)
        let before = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted()

        let dry = try await build.products([CampaignContacts.self])

        #expect(runs.count("lists") == 1)
        #expect(runs.count("draft") == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted() == before)
        let contacts = try #require(dry.products[CampaignContacts.self])
        let plans = MailingPlan.plans(for: build.campaign.mailings, of: build.campaign, contacts: contacts, partner: nil).plans
        #expect(plans.map(\.mailing) == ["launch"])
        #expect(plans.first?.recipients.map(\.language) == ["nl"])
    }

    @Test func aDryBuildTakesTheRegistrysProviderWhenThePipelineRunsNone() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let runs = Runs()
        let (loaded, loader) = scratch.load(pipeline: ["draft"], registry: Self.registry(counting: runs))
        let dry = try await CampaignBuild(loaded, loader: loader).products([CampaignContacts.self])
        #expect(runs.count("lists") == 1)
        #expect(runs.count("draft") == 0)
        #expect(dry.products[CampaignContacts.self]?.book.count == 3)
    }

    /// What `advocate validate` prints and why it exits 65: the diagnostic at the needing
    /// stage's line, and the build refused before any stage runs.
    @Test func aPipelineLackingTheStageAnotherNeedsIsRefusedAtItsLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let runs = Runs()
        let (loaded, loader) = scratch.load(pipeline: ["draft", "mailing"], registry: Self.registry(counting: runs))
        let line = scratch.yaml(pipeline: []).split(separator: "\n", omittingEmptySubsequences: false).count + 1
        let errors = loaded.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["sample.yaml:\(line):5: error: stage 'mailing' needs 'lists', which this pipeline does not run: 'lists' provides the audiences; add it before 'mailing'"])
        #expect(throws: AdvocateError.self) { try CampaignBuild(loaded, loader: loader) }
        do {
            _ = try CampaignBuild(loaded, loader: loader)
        } catch {
            #expect(error.kind.exitCode == 65)
            #expect(error.message == "sample.yaml has 1 error; fix it and run again")
        }
        #expect(runs.count("draft") == 0)
    }

    @Test func theBuiltInDefaultPipelineRunsWhatEachStageNeedsBeforeIt() {
        let stages = BuiltinStages.registry.defaultPipeline.compactMap { BuiltinStages.registry.definition(named: $0) }
        for (index, stage) in stages.enumerated() {
            for need in stage.needs {
                #expect(stages[..<index].contains { $0.provides.contains(need) }, "\(stage.name) needs the \(need)")
            }
        }
        #expect(BuiltinStages.registry.providers(of: ProductKind(CampaignContacts.self)).map(\.name) == ["lists"])
        #expect(BuiltinStages.registry.providers(of: ProductKind(PositionPapers.self)).map(\.name) == ["draft"])
    }

    /// A list written to a full disk says why, not just that a list could not be written.
    @Test func aFailingWriteKeepsItsReason() throws {
        let sink = OutputSink(try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full")), path: "out/sample/lists/members.csv")
        do {
            try ListsOutput.stream(into: sink) { chunk throws(ListError) in
                try [UInt8](repeating: 0x41, count: 4_096).withUnsafeBufferPointer { buffer throws(ListError) in try chunk(buffer) }
            }
            Issue.record("writing to /dev/full should fail")
        } catch {
            #expect(error.kind == .cannotCreateOutput)
            #expect(error.message == "cannot write 'out/sample/lists/members.csv': No space left on device", "\(error.message)")
        }
    }
}
