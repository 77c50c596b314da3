import AdvocacyCore
import AdvocacyFixtures
import AdvocacyPlugins
import Testing

@Suite("One export, three spellings")
struct ExportEquivalenceTests {
    @Test("Excel's Windows-1252 and UTF-8 exports read into the same contacts and lists as clean UTF-8")
    func sameContacts() throws {
        var options = ContactGenerator.Options()
        options.seed = 2024
        options.windows1252Safe = true
        options.duplicateEvery = 7
        options.invalidEvery = 11
        options.lineBreakEvery = 5
        let rows = ContactGenerator(options).rows(2_000)
        let files = try ContactFiles()
        let plain = try files.write("plain.csv", bytes: CSVExport.plain.render(header: ContactGenerator.header, rows: rows))
        let excelUTF8 = try files.write("excel-utf8.csv", bytes: CSVExport.excelUTF8.render(header: ContactGenerator.header, rows: rows))
        let excel1252 = try files.write("excel-1252.csv", bytes: CSVExport.excelWindows1252.render(header: ContactGenerator.header, rows: rows))
        let books = try [
            ContactSource(path: plain),
            ContactSource(path: excelUTF8, dialect: CSVDialect(encoding: .windows1252)),  // the byte order mark wins
            ContactSource(path: excel1252, dialect: CSVDialect(encoding: .windows1252)),
        ].map { try ContactBook(reading: [$0]) }

        func withoutFile(_ contact: Contact) -> Contact {
            var contact = contact
            contact.origin.file = ""
            return contact
        }
        let reference = books[0].contacts.map(withoutFile)
        #expect(reference.count > 1_500)
        #expect(!books[0].merges.isEmpty)
        #expect(books[0].problems.contains { $0.rejectsRow })
        #expect(reference.contains { $0.lastName == "Lœillet" } && reference.contains { $0.lastName == "Weiß" })
        for book in books.dropFirst() {
            #expect(book.contacts.map(withoutFile) == reference)
            #expect(book.merges.map(\.filled) == books[0].merges.map(\.filled))
            #expect(book.problems.map(\.reason) == books[0].problems.map(\.reason))
        }

        let routing = LanguageRouting(languages: ["fr", "nl", "en"].map { LanguageCode($0)! }, generalFallbacks: [LanguageCode("en")!])
        let audience = AudienceSpec(id: "newsletter", filter: .hasTag("members"), purpose: "newsletter")
        let lists = try books.map { book -> String in
            let collected = Collected()
            try ListCSVWriter.write(book.list(audience, routing: routing)) { collected.bytes += $0 }
            return String(decoding: collected.bytes, as: UTF8.self)
        }
        #expect(lists[1] == lists[0])
        #expect(lists[2] == lists[0])
        #expect(lists[0].split(separator: "\r\n").count > 100)
    }
}
