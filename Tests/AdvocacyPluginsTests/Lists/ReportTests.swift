import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

@Suite("The lists report")
struct ReportTests {
    @Test("every source, problem, merge, lookalike and exclusion, in JSON another reader parses")
    func report() throws {
        let files = try ContactFiles()
        let crm = try files.write("crm.csv", """
            email,first_name,language,consent newsletter
            anne@example.org,Anne,fr,yes
            bart@example.be,Bart,nl,
            not-an-address,Carl,fr,yes
            ANNE@example.org,Anne-Marie,fr,yes
            m\u{0430}rie@example.org,"Ma""rie",de,yes
            marie@example.org,Marie,fr,yes

            """)
        let book = try ContactBook(reading: [ContactSource(path: crm)])
        let routing = LanguageRouting(languages: [LanguageCode("fr")!, LanguageCode("nl")!])
        let lists = [
            book.list(AudienceSpec(id: "newsletter", purpose: "newsletter"), routing: routing),
            book.list(AudienceSpec(id: "dutch", filter: .equals(.language, "nl")), routing: routing),
        ]
        let path = files.path("report.json")
        try ListReport.write(book: book, lists: lists, toFile: path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(json["contacts"] as? Int == 4)
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.first?["rows"] as? Int == 6)
        #expect(sources.first?["rejected"] as? Int == 1)
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.map { $0["row"] as? Int } == [4])
        #expect(problems.map { $0["problem"] as? String } == ["invalid-address"])
        let merges = try #require(json["merges"] as? [[String: Any]])
        #expect((merges.first?["merged"] as? [String: Any])?["address"] as? String == "ANNE@example.org")
        let lookalikes = try #require(json["lookalikes"] as? [[String: Any]])
        #expect(lookalikes.first?["address"] as? String == "marie@example.org")
        let audiences = try #require(json["audiences"] as? [[String: Any]])
        #expect(audiences.map { $0["id"] as? String } == ["newsletter", "dutch"])
        #expect(audiences[0]["members"] as? Int == 2)
        #expect(audiences[0]["languages"] as? [String: Int] == ["fr": 2])
        let exclusions = try #require(audiences[0]["exclusions"] as? [[String: Any]])
        #expect(exclusions.map { $0["reason"] as? String } == ["no-consent", "no-language"])
        #expect(exclusions.map { $0["row"] as? Int } == [3, 6])
        #expect(exclusions.map { $0["file"] as? String } == [crm, crm])
        #expect(audiences[1]["excluded"] as? Int == 0)
        #expect(audiences[1]["routes"] as? [String: Int] == ["own": 1, "fallback": 0, "source": 0])
    }

    @Test("the same inputs give the same bytes")
    func reproducible() throws {
        let files = try ContactFiles()
        let book = try files.book("email,language\na@example.org,fr\nb@example.org,xx\n")
        let routing = LanguageRouting(languages: [LanguageCode("fr")!])
        func bytes() throws -> [UInt8] {
            let collected = Collected()
            try ListReport.write(book: book, lists: [book.list(AudienceSpec(id: "all"), routing: routing)]) { collected.bytes += $0 }
            return collected.bytes
        }
        #expect(try bytes() == bytes())
    }
}
