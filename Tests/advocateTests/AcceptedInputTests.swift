import AdvocacyFixtures
import Foundation
import Testing

/// Input that looks odd but is right: it must load, and mean exactly what is written.
struct AcceptedInputTests {
    @Test func scalarsStayTextUntilTheSchemaTypesThem() throws {
        let project = try TemporaryProject()
        // `no` is Norwegian, not false; `on`, `off` and `yes` are words; `01234`, `1.10` and
        // `0x1F` are text, not numbers.
        try project.campaign("plain.yaml", """
            id: plain
            title: { fr: on, no: 01234 }
            languages: [fr, no]
            status: draft
            summary: { fr: "1.10", no: yes }
            demands:
              - id: d1
                title: { fr: off, no: 0x1F }
                body: { fr: 1.10, no: ~text }

            """)
        let result = try project.advocate("build", "plain")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let french = String(decoding: try project.read("out/plain/papers/fr/position-paper.md"), as: UTF8.self)
        let norwegian = String(decoding: try project.read("out/plain/papers/no/position-paper.md"), as: UTF8.self)
        #expect(french.hasPrefix("# on\n\n## Résumé\n\n1.10\n"))
        #expect(french.contains("### 1. off\n\n1.10\n"))
        #expect(norwegian.hasPrefix("# 01234\n\n## Summary\n\nyes\n"))
        #expect(norwegian.contains("### 1. 0x1F\n\n~text\n"))
    }

    @Test func byteOrderMarkAndWindowsLineEndsAreAccepted() throws {
        let project = try TemporaryProject()
        let windows = SampleCampaign.yaml(id: "windows").replacingOccurrences(of: "\n", with: "\r\n")
        try project.campaign("windows.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(windows.utf8))
        let result = try project.advocate("validate", "--strict")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(result.stdout == "ok Campaigns/windows.yaml: windows, 2 demands, 2 sources, in fr, nl, en\n")
    }

    @Test func positionsCountLinesAndCharactersAfterABOMAndCRLF() throws {
        let project = try TemporaryProject()
        let windows = SampleCampaign.yaml(id: "windows")
            .replacingOnce("status: review", with: "status: révisé")
            .replacingOccurrences(of: "\n", with: "\r\n")
        try project.campaign("windows.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(windows.utf8))
        let result = try project.advocate("validate")
        #expect(result.stderr.hasPrefix("""
            Campaigns/windows.yaml:8:9: error: the status 'révisé' is not one of 'draft', 'review', 'approved'
                status: révisé
                        ^
            """))
    }
}
