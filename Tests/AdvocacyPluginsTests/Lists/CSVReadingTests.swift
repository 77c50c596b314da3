import AdvocacyCore
import AdvocacyPlugins
import Testing

@Suite("Reading contact exports")
struct CSVReadingTests {
    /// One export as different tools write it, and what its only contact must read as.
    static let spellings: [(id: String, text: String, dialect: CSVDialect)] = [
        ("comma, LF", "email,first_name,last_name\nmarie@example.org,Marie,Dubois\n", CSVDialect()),
        ("semicolon, CRLF", "email;first_name;last_name\r\nmarie@example.org;Marie;Dubois\r\n", CSVDialect()),
        ("tab, no final line break", "email\tfirst_name\tlast_name\nmarie@example.org\tMarie\tDubois", CSVDialect()),
        ("lone CR", "email,first_name,last_name\rmarie@example.org,Marie,Dubois\r", CSVDialect()),
        ("byte order mark", "\u{FEFF}email,first_name,last_name\nmarie@example.org,Marie,Dubois\n", CSVDialect()),
        ("quoted everything", "\"email\",\"first_name\",\"last_name\"\n\"marie@example.org\",\"Marie\",\"Dubois\"\n", CSVDialect()),
        ("explicit semicolon with commas in header", "email;first,name;last_name\nmarie@example.org;Marie;Dubois\n",
         CSVDialect(delimiter: .semicolon)),
        ("blank lines and padding", "\n\nemail,first_name,last_name\n\n  marie@example.org , Marie ,Dubois\u{A0}\n,,\n", CSVDialect()),
    ]

    @Test("delimiters, line endings, quotes and byte order marks", arguments: spellings)
    func spelling(id: String, text: String, dialect: CSVDialect) throws {
        let files = try ContactFiles()
        let book = try files.book(text, dialect: dialect)
        #expect(book.count == 1)
        let contact = try #require(book.contacts.first)
        #expect(contact.email == "marie@example.org")
        #expect(contact.firstName == "Marie")
        #expect(contact.lastName == "Dubois")
    }

    @Test("quoted fields keep delimiters, doubled quotes and line breaks")
    func quotedFields() throws {
        let files = try ContactFiles()
        let book = try files.book(#"""
            email,organisation,notes
            a@example.org,"Dupont, Fils & Cie","He said ""hello""
            and left"
            b@example.org,"Café ""Le Zinc"" ",

            """#)
        #expect(book.contacts.map(\.organisation) == ["Dupont, Fils & Cie", "Café \"Le Zinc\""])
        #expect(book[0].extra == [ExtraField(name: "notes", value: "He said \"hello\"\nand left")])
        #expect(book[1].origin == RowOrigin(file: files.path("contacts.csv"), row: 3, line: 4))
    }

    @Test("rows and lines are numbered as a spreadsheet and an editor show them")
    func rowNumbers() throws {
        let files = try ContactFiles()
        let book = try files.book("email,organisation\na@example.org,\"two\nlines\"\n\nb@example.org,x\n")
        #expect(book.contacts.map(\.origin.row) == [2, 4])
        #expect(book.contacts.map(\.origin.line) == [2, 5])
    }

    @Test("Windows-1252 is decoded when declared")
    func windows1252() throws {
        let files = try ContactFiles()
        // "Lœillet", "Müller", "€" and "Œuvre" in Windows-1252.
        let bytes: [UInt8] = Array("email;last_name;organisation\r\na@example.org;L".utf8) + [0x9C] + Array("illet;".utf8)
            + [0x80, 0x20, 0x8C] + Array("uvre\r\nb@example.org;M".utf8) + [0xFC] + Array("ller;\r\n".utf8)
        let path = try files.write("excel.csv", bytes: bytes)
        let book = try ContactBook(reading: [ContactSource(path: path, dialect: CSVDialect(encoding: .windows1252))])
        #expect(book.contacts.map(\.lastName) == ["Lœillet", "Müller"])
        #expect(book[0].organisation == "€ Œuvre")
    }
}
