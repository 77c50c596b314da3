@testable import AdvocacyCore
import Testing

struct SuggestionTests {
    static let keys = ["id", "title", "languages", "demands", "sources", "summary", "status"]

    @Test(arguments: [
        ("demads", "demands"), ("titel", "title"), ("langauges", "languages"), ("Status", "status"), ("sorces", "sources"),
    ])
    func suggestsTheClosestKey(typo: String, expected: String) {
        #expect(Suggestion.closest(to: typo, among: Self.keys) == expected)
    }

    @Test(arguments: ["colour", "x", "partnership"])
    func staysQuietWhenNothingIsClose(word: String) {
        #expect(Suggestion.closest(to: word, among: Self.keys) == nil)
    }

    @Test func aSwapOfNeighboursIsOneEdit() {
        #expect(Suggestion.editDistance("drfat", "draft") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }
}
