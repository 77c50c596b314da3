import AdvocacyCore
import AdvocacyFixtures
import AdvocacyPlugins
import Testing

@Suite("Bad contact exports")
struct BadInputTests {
    /// A file that cannot be read, and the diagnostic it gives, `FILE` standing for its path.
    static let unreadable: [(id: String, bytes: [UInt8], diagnostic: String)] = [
        ("empty", [], "FILE:1:1: error: the contacts file is empty; export it again with a header line and one row per contact."),
        ("byte order mark and blank lines", [0xEF, 0xBB, 0xBF, 0x0D, 0x0A, 0x0D, 0x0A],
         "FILE:1:1: error: the contacts file is empty; export it again with a header line and one row per contact."),
        ("header only", Array("email;first_name\r\n".utf8),
         "FILE:1:1: error: the contacts file has a header line but no contacts under it; export it again with its rows."),
        ("header and blank rows only", Array("email;first_name\r\n;\r\n\r\n".utf8),
         "FILE:1:1: error: the contacts file has a header line but no contacts under it; export it again with its rows."),
        ("no email column", Array("Naam,Adres\nMarie,Bruxelles\n".utf8),
         "FILE:1:1: error: no column of the header holds email addresses (the columns are 'Naam', 'Adres'); name one 'email', or map a column to the email field in the source's columns."),
        ("two email columns", Array("E-mail,Courriel\na@example.org,b@example.org\n".utf8),
         "FILE:1:1: error: columns 'E-mail' and 'Courriel' both give the email; map the one to use in the source's columns."),
        ("Windows-1252 read as UTF-8", Array("email;last_name\r\na@example.org;Dupont\r\nb@example.org;L".utf8) + [0xE9] + Array("on\r\n".utf8),
         "FILE:3:16: error: row 3: byte 0xE9 is not UTF-8; if the file was saved as Windows-1252 (Excel's \"CSV\" on Windows), declare 'encoding: windows-1252' for this source."),
        ("text after a closing quote", Array("email,name\na@example.org,\"Marie\" Dubois\n".utf8),
         "FILE:2:22: error: row 2: text follows the closing quote of a quoted field; put the whole field in quotes and double a quote that belongs inside it (\"\")."),
    ]

    @Test("files that cannot be read", arguments: unreadable)
    func unreadableFile(id: String, bytes: [UInt8], diagnostic: String) throws {
        let files = try ContactFiles()
        let error = try #require(try files.error(bytes: bytes))
        #expect(error.kind == .invalidInput)
        #expect(error.description == diagnostic.replacingOccurrences(of: "FILE", with: files.path("contacts.csv")))
    }

    @Test("an unterminated quote at row 7 of 50,000 names row 7")
    func unterminatedQuote() throws {
        let files = try ContactFiles()
        var lines = ["email,first_name,last_name"]
        for index in 0..<49_999 { lines.append("person\(index)@example.org,Marie,Dubois") }
        lines[6] = "person5@example.org,\"Marie,Dubois"
        let error = try #require(try files.error(lines.joined(separator: "\n") + "\n"))
        #expect(error.description == files.path("contacts.csv") + ":7:21: error: row 7: the quote that opens this field is never closed, so the field runs to the end of the file; close it, or double a quote that belongs inside the field (\"\").")
    }

    @Test("a stray quote among quoted fields names its own row, not where it ends")
    func runawayQuote() throws {
        let files = try ContactFiles()
        var rows = ContactGenerator().rows(50_000)
        rows[5][1] = "\"Marie"  // row 7 of the file, with the header
        var bytes = CSVExport.plain.render(header: ContactGenerator.header, rows: rows)
        // The generator quotes a field holding a quote; undo that for the stray one.
        let stray = Array(",\"\"\"Marie\",".utf8), raw = Array(",\"Marie,".utf8)
        let at = try #require(bytes.firstRange(of: stray))
        bytes.replaceSubrange(at, with: raw)
        let error = try #require(try files.error(bytes: bytes))
        let message = try #require(error.diagnostics.first?.message)
        #expect(error.diagnostics.first?.location.line == 7)
        #expect(message.hasPrefix("row 7: the quote that opens this field is not closed on its line; the next quote, at line "))
    }

    @Test("a missing file is missing input")
    func missingFile() throws {
        let files = try ContactFiles()
        #expect(throws: ListError(.missingInput, [.error("cannot read the contacts file: No such file or directory.",
                                                        at: SourceLocation(file: files.path("none.csv"), line: 1, column: 1))])) {
            try ContactBook(reading: [ContactSource(path: files.path("none.csv"))])
        }
    }

    @Test("every source's problems are reported together")
    func allSourcesReported() throws {
        let files = try ContactFiles()
        let good = try files.write("good.csv", "email\na@example.org\n")
        let empty = try files.write("empty.csv", "")
        let headerOnly = try files.write("header.csv", "email\n")
        do {
            _ = try ContactBook(reading: [empty, good, headerOnly].map { ContactSource(path: $0) })
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.location.file) == [empty, headerOnly])
        }
    }

    @Test("a 1 MB field rejects its row, with the reason, and the rest is read")
    func hugeField() throws {
        let files = try ContactFiles()
        let huge = String(repeating: "é", count: 524_288)
        let book = try files.book("email,notes\na@example.org,\(huge)\nb@example.org,short\n")
        #expect(book.contacts.map(\.email) == ["b@example.org"])
        #expect(book.problems == [RowProblem(.oversizedField(column: "notes", bytes: 1_048_576),
                                             at: RowOrigin(file: files.path("contacts.csv"), row: 2, line: 2))])
        #expect(book.problems[0].message == "column 'notes' holds 1048576 bytes, more than the 65536 a contact field may, so the row was left out.")
    }

    @Test("line breaks and control characters in a name become one space")
    func lineBreakInName() throws {
        let files = try ContactFiles()
        let book = try files.book("email,first_name,last_name,notes\r\na@example.org,\"Marie\r\nClaire\",\"Du\u{2028}bois\tLeroy\",\"two\nlines\"\r\n")
        #expect(book[0].firstName == "Marie Claire")
        #expect(book[0].lastName == "Du bois Leroy")
        #expect(book[0].extra == [ExtraField(name: "notes", value: "two\nlines")])
    }

    /// A row that is read but left out, and why.
    static let rejectedRows: [(id: String, row: String, reason: RowProblem.Reason)] = [
        ("no address", ",Marie", .missingAddress),
        ("no domain", "jean.dupont@,Jean", .invalidAddress("jean.dupont@", why: "there is no domain after the '@'")),
        ("no local part", "@example.org,Jean", .invalidAddress("@example.org", why: "there is nothing before the '@'")),
        ("no at sign", "jean.example.org,Jean", .invalidAddress("jean.example.org", why: "it has no '@'")),
        ("space", "jean dupont@example.org,Jean", .invalidAddress("jean dupont@example.org", why: "it holds a space")),
        ("two at signs", "a@@example.org,Jean", .invalidAddress("a@@example.org", why: "it holds '@', which an address cannot hold unquoted")),
        ("dotless domain", "x@example,Jean", .invalidAddress("x@example", why: "its domain 'example' has no dot, so it cannot be a mail domain")),
        ("two dots", "bad..dots@example.org,Jean", .invalidAddress("bad..dots@example.org", why: "it has two dots in a row")),
        ("underscore in domain", "a@my_host.example.org,Jean", .invalidAddress("a@my_host.example.org", why: "its domain 'my_host.example.org' holds '_', which a domain name cannot hold")),
        ("quoted local part", "\"\"\"a b\"\"@example.org\",Jean", .invalidAddress("\"a b\"@example.org", why: "quoted local parts are not accepted")),
        ("address literal", "a@[192.0.2.1],Jean", .invalidAddress("a@[192.0.2.1]", why: "address literals such as '[192.0.2.1]' are not accepted")),
        ("line break in address", "\"a@exa\nmple.org\",Jean", .invalidAddress("a@exa mple.org", why: "its domain 'exa mple.org' holds ' ', which a domain name cannot hold")),
        ("bad international domain", "a@exa\u{2764}mple.org,Jean", .invalidAddress("a@exa\u{2764}mple.org", why: "its domain 'exa\u{2764}mple.org' is not valid: string contains a disallowed character")),
        ("too many fields", "a@example.org,Jean,Dupont", .tooManyFields(found: 3, expected: 2)),
    ]

    @Test("rows left out are reported with file and row", arguments: rejectedRows)
    func rejectedRow(id: String, row: String, reason: RowProblem.Reason) throws {
        let files = try ContactFiles()
        let book = try files.book("email,first_name\nok@example.org,Ann\n\(row)\n")
        #expect(book.contacts.map(\.email) == ["ok@example.org"])
        #expect(book.problems == [RowProblem(reason, at: RowOrigin(file: files.path("contacts.csv"), row: 3, line: 3))])
        #expect(book.sources == [SourceSummary(path: files.path("contacts.csv"), rows: 2, contacts: 1, merged: 0, rejected: 1)])
    }

    @Test("values that are not days or consents are left out, and reported")
    func unreadableValues() throws {
        let files = try ContactFiles()
        let book = try files.book("email,term_end,consent newsletter\na@example.org,soon,maybe\n")
        #expect(book[0].termEnd == nil)
        #expect(book[0].consents == [])
        #expect(book.problems.map(\.reason) == [.unreadableDate(column: "term_end", value: "soon"),
                                                .unreadableConsent(column: "consent newsletter", value: "maybe")])
        #expect(book.problems.allSatisfy { !$0.rejectsRow })
    }
}
