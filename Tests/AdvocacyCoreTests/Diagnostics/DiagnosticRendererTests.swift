@testable import AdvocacyCore
import Testing

struct DiagnosticRendererTests {
    @Test func showsTheLineAndACaretUnderTheColumn() {
        let renderer = DiagnosticRenderer(sources: ["c.yaml": SourceText(bytes: Array("id: x\n\tstatus: révisé\n".utf8))])
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(file: "c.yaml", line: 2, column: 10))
        #expect(renderer.render(diagnostic) == "c.yaml:2:10: error: bad\n    \tstatus: révisé\n    \t        ^\n")
    }

    @Test func notesFollowWithTheirOwnLines() {
        let renderer = DiagnosticRenderer(sources: ["c.yaml": SourceText(bytes: Array("a: 1\na: 2\n".utf8))])
        let diagnostic = Diagnostic.error(
            "twice", at: SourceLocation(file: "c.yaml", line: 2, column: 1),
            notes: [.init("first here", at: SourceLocation(file: "c.yaml", line: 1, column: 1))])
        #expect(renderer.render(diagnostic) == "c.yaml:2:1: error: twice\n    a: 2\n    ^\nc.yaml:1:1: note: first here\n    a: 1\n    ^\n")
    }

    @Test func longLinesAreShownAsAWindowAroundTheColumn() {
        let line = String(repeating: "a", count: 10_000) + "X" + String(repeating: "b", count: 10_000)
        let (excerpt, padding) = DiagnosticRenderer.excerpt(of: Substring(line), around: 10_001)
        #expect(excerpt.count == DiagnosticRenderer.excerptWidth + 2)
        #expect(excerpt.hasPrefix("…") && excerpt.hasSuffix("…"))
        #expect(Array(excerpt)[padding.count] == "X")
    }

    @Test func controlCharactersAreShownAsPictures() {
        let (excerpt, _) = DiagnosticRenderer.excerpt(of: "a\u{0}b\u{7F}", around: 2)
        #expect(excerpt == "a\u{2400}b\u{2421}")
    }

    @Test func withoutTheFileOnlyTheHeadlineIsPrinted() {
        let diagnostic = Diagnostic.warning("careful", at: SourceLocation(file: "gone.yaml", line: 3, column: 2))
        #expect(DiagnosticRenderer(sources: [:]).render(diagnostic) == "gone.yaml:3:2: warning: careful\n")
    }
}
