@testable import AdvocacyCore
import Testing

struct YAMLLoaderTests {
    private func load(_ text: String) -> YAMLLoader.Result {
        YAMLLoader.load(Array(text.utf8), file: "test.yaml")
    }

    @Test func everyNodeKnowsItsLineAndColumnFromOne() throws {
        let root = try #require(load("id: x\nlist:\n  - a\n  - { k: v }\n").root)
        #expect(root.location == SourceLocation(file: "test.yaml", line: 1, column: 1))
        let entries = try #require(root.mapping)
        #expect(entries.map(\.key) == ["id", "list"])
        #expect(entries[1].keyLocation == SourceLocation(file: "test.yaml", line: 2, column: 1))
        let items = try #require(entries[1].value.sequence)
        #expect(items[0].location == SourceLocation(file: "test.yaml", line: 3, column: 5))
        #expect(items[1]["k"]?.location == SourceLocation(file: "test.yaml", line: 4, column: 10))
    }

    @Test(arguments: [
        ("no", YAMLScalar.Style.plain), ("01234", .plain), ("1.10", .plain), ("on", .plain), ("0x1F", .plain),
        ("'yes'", .singleQuoted), ("\"null\"", .doubleQuoted),
    ])
    func scalarsAreKeptAsWritten(written: String, style: YAMLScalar.Style) throws {
        let scalar = try #require(load("value: \(written)\n").root?["value"]?.scalar)
        #expect(scalar.style == style)
        #expect(scalar.text == written.trimmingQuotes())
        #expect(!scalar.isNull)
    }

    @Test(arguments: ["value:", "value: ~", "value: null", "value: NULL"])
    func nothingIsNull(text: String) throws {
        #expect(try #require(load(text).root?["value"]?.scalar).isNull)
    }

    @Test func blockScalarsUseLineFeedsWhateverTheFileUses() throws {
        let scalar = try #require(load("text: |\r\n  one\r\n  two\r\n").root?["text"]?.scalar)
        #expect(scalar.text == "one\ntwo\n")
        #expect(scalar.style == .literal)
    }

    @Test func aProblemStopsTheRootButKeepsTheDiagnostics() {
        let result = load("a: 1\na: 2\n")
        #expect(result.root?.mapping?.count == 1)
        #expect(result.diagnostics.map(\.description) == [
            "test.yaml:2:1: error: the key 'a' is written twice here (first at line 1); keep one of them",
        ])
    }

    @Test func loadingStopsAfterTheProblemLimit() {
        let aliases = (0..<200).map { "k\($0): *a" }.joined(separator: "\n")
        let result = YAMLLoader.load(Array(aliases.utf8), file: "t.yaml", limits: .init(maximumDepth: 64, maximumProblems: 10))
        #expect(result.root == nil)
        #expect(result.diagnostics.count == 11)
        #expect(result.diagnostics.last?.message == "stopped reading this file after 10 problems; fix these and run again")
    }

    @Test func keysMustBeText() {
        let result = load("? [a, b]\n: value\n")
        #expect(result.diagnostics.map(\.message) == ["a key must be a plain word such as 'title', not a list"])
    }
}

extension String {
    fileprivate func trimmingQuotes() -> String {
        guard let first, first == "'" || first == "\"" else { return self }
        return String(dropFirst().dropLast())
    }
}
