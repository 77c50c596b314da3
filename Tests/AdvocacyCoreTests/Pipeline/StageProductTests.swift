@testable import AdvocacyCore
import Testing

/// Products handed from stage to stage, and the resolver's check that a pipeline runs what each
/// stage needs before it.
struct StageProductTests {
    struct Audiences: StageProduct, Equatable {
        static let productName = "audiences"
        let count: Int
    }

    struct Papers: StageProduct {
        static let productName = "papers"
    }

    static let registry = StageRegistry(
        definitions: [
            StageDefinition(name: "lists", summary: "Audiences.", provides: [Audiences.self]) {
                Stage(name: "lists") { context in context.products.publish(Audiences(count: 3)) }
            },
            StageDefinition(name: "mailing", summary: "Needs audiences.", needs: [Audiences.self]) {
                Stage(name: "mailing") { _ in }
            },
            StageDefinition(name: "attach", summary: "Needs papers, which no stage makes.", needs: [Papers.self]) {
                Stage(name: "attach") { _ in }
            },
        ],
        defaultPipeline: ["lists", "mailing"])

    private func diagnostics(_ yaml: String) -> [Diagnostic] {
        let root = YAMLLoader.load(Array(yaml.utf8), file: "p.yaml").root
        var decoder = NodeDecoder()
        let spec = root.flatMap { decoder.pipeline($0, declaredAt: SourceLocation(file: "p.yaml", line: 1, column: 1)) }
        return PipelineResolver.resolve(spec, registry: Self.registry).1
    }

    @Test func aStageReadsWhatAnEarlierOnePublishedByType() {
        var products = StageProducts()
        #expect(products[Audiences.self] == nil)
        products.publish(Audiences(count: 3))
        #expect(products[Audiences.self] == Audiences(count: 3))
        #expect(products.contains(ProductKind(Audiences.self)))
        #expect(!products.contains(ProductKind(Papers.self)))
    }

    @Test(arguments: [
        ("- lists\n- mailing\n", [String]()),
        ("- mailing\n", ["p.yaml:1:3: error: stage 'mailing' needs 'lists', which this pipeline does not run: 'lists' provides the audiences; add it before 'mailing'"]),
        ("- lists\n- mailing\n- lists\n", []),
        ("- stage: mailing\n- lists\n", ["p.yaml:1:10: error: stage 'mailing' needs 'lists', which runs after it: 'lists' provides the audiences; move it before 'mailing'"]),
        ("- attach\n", ["p.yaml:1:3: error: stage 'attach' needs the papers, which no stage provides"]),
    ])
    func aStageWhoseNeedsThePipelineDoesNotMeetIsAnError(yaml: String, expected: [String]) {
        #expect(diagnostics(yaml).map(\.description) == expected)
    }

    @Test func aStageCarriesWhatItsDefinitionNeedsAndProvides() {
        let (stages, diagnostics) = PipelineResolver.resolve(nil, registry: Self.registry)
        #expect(diagnostics.isEmpty)
        #expect(stages.map(\.needs) == [[], [ProductKind(Audiences.self)]])
        #expect(stages.map(\.provides) == [[ProductKind(Audiences.self)], []])
    }
}
