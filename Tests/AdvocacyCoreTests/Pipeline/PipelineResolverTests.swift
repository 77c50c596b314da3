@testable import AdvocacyCore
import Foundation
import Testing

struct PipelineResolverTests {
    /// The options of stage `one`: one of every type, and a combination it refuses.
    struct OneOptions: StageOptionSet {
        enum Mode: String, StageOptionChoice { case fast, careful }

        var flag = false
        var count = 3
        var program = Command(["true"])
        var mode = Mode.fast
        var label = "plain"
        var file: ProjectPath?

        static let options: [StageOptionField<Self>] = [
            .init("flag", \.flag, help: "A flag."),
            .init("count", \.count, in: 1...10, help: "A number."),
            .init("program", \.program, help: "A program."),
            .init("mode", \.mode, help: "A choice."),
            .init("label", \.label, help: "A line of text."),
            .init("file", \.file, help: "A file."),
        ]

        func validate() throws(StageOptionProblem) {
            if mode == .careful, !flag { throw StageOptionProblem(option: "mode", "the careful mode needs 'flag: true'") }
        }
    }

    static let registry = StageRegistry(
        definitions: [
            StageDefinition(name: "one", summary: "First.", options: OneOptions.self) { options in Stage(name: "one", options: options) { _ in } },
            StageDefinition(name: "two", summary: "Second.") { Stage(name: "two") { _ in } },
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
        #expect(stages[1].options.settings.map(\.value) == [.bool(false), .integer(3), .command(["true"]), .text("fast"), .text("plain"), .text("")])
        #expect(diagnostics.isEmpty)
    }

    @Test func optionsAreTypedByTheirDefaults() {
        let (stages, diagnostics) = PipelineResolver.resolve(
            spec("- stage: one\n  options: { flag: true, count: 7, program: [a, b], mode: careful, label: Hello, file: a/b.txt }\n- two\n"),
            registry: Self.registry)
        #expect(diagnostics.isEmpty)
        #expect(stages.map(\.name) == ["one", "two"])
        #expect(stages[0].options.settings.map(\.value) == [.bool(true), .integer(7), .command(["a", "b"]), .text("careful"), .text("Hello"), .text("a/b.txt")])
        #expect(stages[0].declaredAt == SourceLocation(file: "p.yaml", line: 1, column: 10))
    }

    @Test(arguments: [
        ("- stage: one\n  options: { flag: yes }\n", "option 'flag' of stage 'one' should be true or false"),
        ("- stage: one\n  options: { count: many }\n", "option 'count' of stage 'one' should be a whole number"),
        ("- stage: one\n  options: { program: a }\n", "option 'program' of stage 'one' should be a command: a list of a program and its arguments"),
        ("- stage: one\n  options: { count: 0 }\n", "option 'count' of stage 'one' should be a whole number from 1 to 10"),
        ("- stage: one\n  options: { mode: carefull }\n", "option 'mode' of stage 'one' should be one of fast, careful; did you mean 'careful'?"),
        ("- stage: one\n  options: { mode: slow }\n", "option 'mode' of stage 'one' should be one of fast, careful"),
        ("- stage: one\n  options: { mode: [fast] }\n", "option 'mode' of stage 'one' should be one of fast, careful"),
        ("- stage: one\n  options: { label: \"two\\nlines\" }\n",
         "option 'label' of stage 'one' holds a line feed (LF, U+000A) after 'two', but it must stay on one line, with no control characters; remove it or put a space instead"),
        ("- stage: one\n  options: { label: [a] }\n", "option 'label' of stage 'one' should be text on one line"),
        ("- stage: one\n  options: { flag: true, flga: true }\n",
         "stage 'one' has no option 'flga'; did you mean 'flag'? (its options: flag, count, program, mode, label, file)"),
        ("- stage: one\n  options: { mode: careful }\n", "the careful mode needs 'flag: true'"),
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
        #expect(stages[0].options["program"] == .command(["true"]))
        #expect(stages[0].programs.isEmpty)
    }

    /// A mistake is reported where it is written: an unknown name at its key, a wrong value at
    /// the value, a refused combination at the option it names.
    @Test(arguments: [
        ("- stage: one\n  options: { flga: true }\n", AdvocacyCore.SourceLocation(file: "p.yaml", line: 2, column: 14)),
        ("- stage: one\n  options:\n    mode: slow\n", AdvocacyCore.SourceLocation(file: "p.yaml", line: 3, column: 11)),
        ("- stage: one\n  options:\n    count: 1\n    mode: careful\n", AdvocacyCore.SourceLocation(file: "p.yaml", line: 4, column: 11)),
    ])
    func mistakesAreReportedWhereTheyAreWritten(yaml: String, location: AdvocacyCore.SourceLocation) {
        let (_, diagnostics) = PipelineResolver.resolve(spec(yaml), registry: Self.registry)
        #expect(diagnostics.map(\.location) == [location])
    }

    /// A path must stay inside the project.
    @Test(arguments: [
        ("/etc/passwd", "option 'file' of stage 'one': the path '/etc/passwd' is absolute; write it relative to the project folder"),
        ("../outside.txt", "option 'file' of stage 'one': the path '../outside.txt' leads out of the project folder; keep it inside"),
    ])
    func aPathOptionStaysInTheProject(path: String, message: String) {
        let project = Project(root: URL(fileURLWithPath: "/tmp/advocate-no-such-project"))
        let (_, diagnostics) = PipelineResolver.resolve(
            spec("- stage: one\n  options: { file: '\(path)' }\n"), registry: Self.registry, project: project)
        #expect(diagnostics.map(\.message) == [message])
    }

    /// One line of the declaration makes an option: the definition lists it with its type,
    /// choices, default and help, and the resolver reads it by that name into its property.
    @Test func theDeclarationDrivesDecodingAndTheListing() throws {
        let definition = try #require(Self.registry.definition(named: "one"))
        #expect(definition.options.map(\.name) == ["flag", "count", "program", "mode", "label", "file"])
        #expect(definition.options.map(\.typeName) == [
            "true or false", "a whole number from 1 to 10", "a command: a list of a program and its arguments",
            "one of fast, careful", "text on one line", "a path inside the project",
        ])
        #expect(definition.options.map(\.defaultValue) == [.bool(false), .integer(3), .command(["true"]), .text("fast"), .text("plain"), .text("")])
        #expect(definition.options.map(\.help) == ["A flag.", "A number.", "A program.", "A choice.", "A line of text.", "A file."])
        #expect(definition.options.map(\.choices) == [[], [], [], ["fast", "careful"], [], []])

        let decoded = OneOptions.decode(
            try #require(spec("- stage: one\n  options: { count: 9, mode: careful, flag: true, file: x.txt }\n")?.stages.first?.options),
            stage: "one", at: nil, project: nil)
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.options.count == 9)
        #expect(decoded.options.mode == .careful)
        #expect(decoded.options.flag)
        #expect(decoded.options.file == ProjectPath("x.txt", at: SourceLocation(file: "p.yaml", line: 2, column: 57)))
        #expect(decoded.read.map(\.key) == ["count", "mode", "flag", "file"])
    }
}
