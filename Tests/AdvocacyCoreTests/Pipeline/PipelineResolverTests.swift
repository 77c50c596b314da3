@testable import AdvocacyCore
import Testing

struct PipelineResolverTests {
    static let registry = StageRegistry(
        definitions: [
            StageDefinition(name: "one", summary: "First.", options: [
                StageOption("flag", default: .bool(false), summary: "A flag."),
                StageOption("count", default: .integer(3), summary: "A number."),
                StageOption("names", default: .list([]), summary: "Names."),
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
        #expect(stages[1].options == StageOptions([("flag", .bool(false)), ("count", .integer(3)), ("names", .list([]))]))
        #expect(diagnostics.isEmpty)
    }

    @Test func optionsAreTypedByTheirDefaults() {
        let (stages, diagnostics) = PipelineResolver.resolve(
            spec("- stage: one\n  options: { flag: true, count: 7, names: [a, b] }\n- two\n"), registry: Self.registry)
        #expect(diagnostics.isEmpty)
        #expect(stages.map(\.name) == ["one", "two"])
        #expect(stages[0].options == StageOptions([("flag", .bool(true)), ("count", .integer(7)), ("names", .list(["a", "b"]))]))
        #expect(stages[0].declaredAt == SourceLocation(file: "p.yaml", line: 1, column: 10))
    }

    @Test(arguments: [
        ("- stage: one\n  options: { flag: yes }\n", "option 'flag' of stage 'one' should be true or false"),
        ("- stage: one\n  options: { count: many }\n", "option 'count' of stage 'one' should be a whole number"),
        ("- stage: one\n  options: { names: a }\n", "option 'names' of stage 'one' should be a list of text"),
        ("- stage: two\n  options: { flag: true }\n", "stage 'two' has no option 'flag' (it takes no options)"),
        ("- three\n", "there is no stage called 'three' (stages: one, two)"),
    ])
    func mistakesAreReported(yaml: String, message: String) {
        let (_, diagnostics) = PipelineResolver.resolve(spec(yaml), registry: Self.registry)
        #expect(diagnostics.map(\.message) == [message])
    }
}
