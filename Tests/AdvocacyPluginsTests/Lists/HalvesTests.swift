@testable import AdvocacyPlugins
import AdvocacyFixtures
import Testing

/// A big file is read in two halves at once; these read the same files both ways and expect the
/// same book, to the row numbers of every problem.
@Suite("Reading a big file in two halves")
struct HalvesTests {
    /// The file read in one go and in halves (a threshold of 0 splits any file).
    static func bothWays(_ path: String) -> (whole: Result<ContactBook, ListError>, halves: Result<ContactBook, ListError>) {
        func read(_ threshold: Int) -> Result<ContactBook, ListError> {
            do {
                return .success(try ContactBook(reading: [ContactSource(path: path)], halvesAbove: threshold))
            } catch {
                return .failure(error)
            }
        }
        return (read(.max), read(0))
    }

    static func expectSame(_ whole: ContactBook, _ halves: ContactBook) {
        #expect(Array(halves.contacts) == Array(whole.contacts))
        #expect(halves.problems == whole.problems)
        #expect(halves.merges == whole.merges)
        #expect(halves.lookalikes == whole.lookalikes)
        #expect(halves.sources == whole.sources)
    }

    @Test("a generated export with every quirk gives the same book")
    func generated() throws {
        let files = try ContactFiles()
        let path = try files.write("big.csv", bytes: CSVExport.excelUTF8.render(header: ContactGenerator.header, rows: ContactGenerator().rows(20_000)))
        let (whole, halves) = Self.bothWays(path)
        let book = try whole.get()
        #expect(book.count > 19_000 && !book.merges.isEmpty && !book.lookalikes.isEmpty)
        Self.expectSame(book, try halves.get())
    }

    @Test("a middle inside a quoted field with line breaks is found out, and the file read in one go")
    func middleInsideQuotes() throws {
        let files = try ContactFiles()
        let rows = (0..<50).map { "person\($0)@example.org,Name \($0)" }
        let lines = String(repeating: "line\n", count: 200)
        let text = "email,first_name,notes\n" + rows.joined(separator: ",\n") + ",\"\(lines)\"\n" + rows.map { "x" + $0 }.joined(separator: ",\n") + ",\n"
        let path = try files.write("quoted.csv", text)
        let (whole, halves) = Self.bothWays(path)
        Self.expectSame(try whole.get(), try halves.get())
    }

    @Test("a problem in the second half names the same row and line")
    func problemInSecondHalf() throws {
        let files = try ContactFiles()
        let rows = (0..<400).map { "person\($0)@example.org,Name \($0)" }
        var bytes = Array(("email,first_name\n" + rows.joined(separator: "\n") + "\n").utf8)
        let bad = try #require(bytes.firstRange(of: Array("Name 350".utf8)))
        bytes[bad.lowerBound + 1] = 0xE9
        let path = try files.write("bad.csv", bytes: bytes)
        let (whole, halves) = Self.bothWays(path)
        guard case .failure(let expected) = whole, case .failure(let found) = halves else {
            Issue.record("both ways should fail")
            return
        }
        #expect(expected.description.contains("row 352"))
        #expect(found == expected)
    }
}
