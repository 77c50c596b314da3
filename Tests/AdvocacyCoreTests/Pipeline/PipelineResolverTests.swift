@testable import AdvocacyCore
import Testing

struct PipelineResolverTests {
    static let registry = StageRegistry(
        definitions: [
            StageDefinition(name: "one", summary: "First.", options: [
                StageOption("flag", default: .bool(false), summary: "A flag."),
                StageOption("count", default: .integer(3), summary: "A number."),
                StageOption("program", default: .command(["true"]), summary: "A program."),
            ]) { options in Stage(name: "one", options: options) { _ in } },
            StageDefinition(name: "two", summary: "Second.") { options in Stage(name: "two", options: options) { _ in } },
        ],
        defaultPipeline: ["two", "one"])

    private func spec(_ yaml: String) -> PipelineSpec? {
        let root = YAMLLoader.load(Array(yaml.utf8), file: "p.yaml").root
        let location = SourceLocation(file: "p.yaml", line: 1, column: 1)
        var decoder = NodeDecoder()
        return root.flatMap { decoder.pipeline($0, declaredAt: location) }
    }

    @Test func withoutAPipelineTheDefaultRuns() {
        let (stages, diagnostics) = PipelineResolver.resolve(nil, registry: Self.registry)
        #expect(stages.map(\.name) == ["two", "one"])
        #expect(stages[1].options == StageOptions([("flag", .bool(false)), ("count", .integer(3)), ("program", .command(["true"]))]))
        #expect(diagnostics.isEmpty)
    }

    @Test func optionsAreTypedByTheirDefaults() {
        let (stages, diagnostics) = PipelineResolver.resolve(
            spec("- stage: one\n  options: { flag: true, count: 7, program: [a, b] }\n- two\n"), registry: Self.registry)
        #expect(diagnostics.isEmpty)
        #expect(stages.map(\.name) == ["one", "two"])
        #expect(stages[0].options == StageOptions([("flag", .bool(true)), ("count", .integer(7)), ("program", .command(["a", "b"]))]))
        #expect(stages[0].declaredAt == SourceLocation(file: "p.yaml", line: 1, column: 10))
    }

    @Test(arguments: [
        ("- stage: one\n  options: { flag: yes }\n", "option 'flag' of stage 'one' should be true or false"),
        ("- stage: one\n  options: { count: many }\n", "option 'count' of stage 'one' should be a whole number"),
        ("- stage: one\n  options: { program: a }\n", "option 'program' of stage 'one' should be a command: a list of a program and its arguments"),
        ("- stage: two\n  options: { flag: true }\n", "stage 'two' has no option 'flag' (it takes no options)"),
        ("- three\n", "there is no stage called 'three' (stages: one, two)"),
    ])
    func mistakesAreReported(yaml: String, message: String) {
        let (_, diagnostics) = PipelineResolver.resolve(spec(yaml), registry: Self.registry)
        #expect(diagnostics.map(\.message) == [message])
    }

    /// The trust rule follows from the option's kind, not from the stage: a stage made up here,
    /// which no code names, gets it too.
    @Test func aCommandOptionOfAnyStageIsUnderTheTrustRule() throws {
        let yaml = "- stage: one\n  options:\n    program: [sh, -c, touch pwned]\n"
        let program = ProgramDeclaration(
            option: "program", of: "one", command: ["sh", "-c", "touch pwned"], declaredAt: SourceLocation(file: "p.yaml", line: 3, column: 14))

        let (refusedStages, refused) = PipelineResolver.resolve(spec(yaml), registry: Self.registry, trust: PluginTrust(ownFile: "own.yaml"))
        let diagnostic = try #require(refused.first)
        #expect(refused.count == 1)
        #expect(diagnostic.message == "option 'program' of stage 'one' would run `sh -c touch pwned`, declared in a campaign this one extends p.yaml, which this project does not trust to run programs; allow it in allowed-plugins.yaml or with --allow-plugin one.program")
        #expect(diagnostic.location == SourceLocation(file: "p.yaml", line: 3, column: 5))
        #expect(diagnostic.notes.map(\.location) == [program.declaredAt])
        #expect(refusedStages[0].programs.map(\.declaration) == [program])

        let trusts: [(PluginTrust, PluginTrust.Decision)] = [
            (PluginTrust(ownFile: "p.yaml"), .allowed("written in the campaign's own file")),
            (PluginTrust(ownFile: "own.yaml", allowlist: ["one.program": nil]), .allowed("allowed by allowed-plugins.yaml")),
            (PluginTrust(ownFile: "own.yaml", allowlist: ["one.program": ["sh", "-c", "touch pwned"]]), .allowed("allowed by allowed-plugins.yaml")),
            (PluginTrust(ownFile: "own.yaml", allowed: ["one.program"]), .allowed("allowed with --allow-plugin")),
        ]
        for (trust, decision) in trusts {
            let (stages, diagnostics) = PipelineResolver.resolve(spec(yaml), registry: Self.registry, trust: trust)
            #expect(diagnostics.isEmpty)
            #expect(stages[0].programs == [CheckedProgram(declaration: program, decision: decision)])
        }

        let pinned = PluginTrust(ownFile: "own.yaml", allowlist: ["one.program": ["sh", "-c", "true"]])
        let (_, changed) = PipelineResolver.resolve(spec(yaml), registry: Self.registry, trust: pinned)
        #expect(changed.map(\.message).first?.hasSuffix("but allowed-plugins.yaml allows it to run only `sh -c true`; review the change and update allowed-plugins.yaml") == true)
    }

    @Test func anOptionsDefaultIsTheProjectsOwn() {
        let (stages, diagnostics) = PipelineResolver.resolve(
            spec("- stage: one\n  options: { flag: true }\n"), registry: Self.registry, trust: PluginTrust(ownFile: "own.yaml"))
        #expect(diagnostics.isEmpty)
        #expect(stages[0].options.command("program") == ["true"])
        #expect(stages[0].programs.isEmpty)
    }
}
