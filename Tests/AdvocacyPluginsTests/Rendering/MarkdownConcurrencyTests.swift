import AdvocacyPlugins
import Testing

extension Rendering {
    /// Renders from many tasks at once give the same HTML as one at a time: cmark-gfm's global
    /// table of special characters is never cleared under a running parse.
    struct MarkdownConcurrencyTests {
        static let markdown = String(
            repeating: "Une ~~vieille~~ économie, www.smart.coop et info@smart.coop[^1].\n\n| a | b |\n|---|---|\n| ~x~ | y |\n\n",
            count: 2_000) + "[^1]: Note.\n"

        @Test func parallelRendersMatchASequentialOne() async throws {
            let expected = try MarkdownRenderer().html(Self.markdown)
            #expect(expected.contains("<del>vieille</del>"))
            let mismatches = await withTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        var mismatches = 0
                        for _ in 0..<10 where (try? MarkdownRenderer().html(Self.markdown)) != expected { mismatches += 1 }
                        return mismatches
                    }
                }
                return await group.reduce(0, +)
            }
            #expect(mismatches == 0)
        }
    }
}
