import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

@Suite("Writing lists")
struct CSVWritingTests {
    static let fr = LanguageCode("fr")!, nl = LanguageCode("nl")!

    /// The bytes `list` is written as in `format`.
    static func written(_ list: AudienceList, format: ListCSVFormat = ListCSVFormat()) throws -> String {
        let collected = Collected()
        try ListCSVWriter.write(list, format: format) { bytes in collected.bytes += bytes }
        return String(decoding: collected.bytes, as: UTF8.self)
    }

    /// A cell value and how it is written between commas.
    static let cells: [(value: String, written: String)] = [
        ("plain", "plain"),
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("=1+2", "'=1+2"),
        ("+32 2 555 12 34", "'+32 2 555 12 34"),
        ("-Atelier-", "'-Atelier-"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-12", "-12"),
        ("+3.5", "+3.5"),
        ("-1,25", "\"-1,25\""),
        ("-", "'-"),
        ("Dupont, Fils", "\"Dupont, Fils\""),
        ("Café \"Le Zinc\"", "\"Café \"\"Le Zinc\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("Zoë; Chloé", "Zoë; Chloé"),
    ]

    @Test("cells are quoted when needed and formulas neutralised", arguments: cells)
    func cell(value: String, written: String) throws {
        let files = try ContactFiles()
        let path = try files.write("contacts.csv", "email,Note\r\na@example.org,\"\(value.replacingOccurrences(of: "\"", with: "\"\""))\"\r\n")
        let book = try ContactBook(reading: [ContactSource(path: path)])
        let list = book.list(AudienceSpec(id: "all"), routing: LanguageRouting(languages: [Self.fr], generalFallbacks: [Self.fr]))
        let text = try Self.written(list, format: ListCSVFormat(columns: [.extra("Note")]))
        #expect(text == "Note\r\n\(written)\r\n")
    }

    @Test("a list read back by Python's csv module gives the same values, in both styles")
    func independentReader() throws {
        let files = try ContactFiles()
        let book = try files.book("""
            email,first_name,last_name,language,organisation,salutation
            "o'brien+news@example.org",Seán,O'Brien,en,"=cmd|' /C calc'!A0",Mr
            zoe@example.be,Zoë,"Van ""den"" Bossche",nl,"Dupont; Fils, & Cie",
            e@coopérative.example,"Marie
            Claire",Lœillet,fr,"two
            lines",Mme

            """)
        let routing = LanguageRouting(languages: [Self.fr, Self.nl], generalFallbacks: [Self.fr])
        let list = book.list(AudienceSpec(id: "all"), routing: routing)
        let expected = [
            ["email", "language", "salutation", "first_name", "last_name", "organisation", "role", "institution", "constituency", "party"],
            ["o'brien+news@example.org", "fr", "Mr", "Seán", "O'Brien", "'=cmd|' /C calc'!A0", "", "", "", ""],
            ["zoe@example.be", "nl", "", "Zoë", "Van \"den\" Bossche", "Dupont; Fils, & Cie", "", "", "", ""],
            ["e@xn--cooprative-e7a.example", "fr", "Mme", "Marie Claire", "Lœillet", "two lines", "", "", "", ""],
        ]
        let standard = files.path("standard.csv"), excel = files.path("excel.csv")
        try ListCSVWriter.write(list, toFile: standard)
        try ListCSVWriter.write(list, format: ListCSVFormat(style: .excel), toFile: excel)
        #expect(try PythonCSV.rows(of: standard) == expected)
        #expect(try PythonCSV.rows(of: excel, delimiter: ";", encoding: "utf-8-sig") == expected)
        let excelBytes = try Data(contentsOf: URL(fileURLWithPath: excel))
        #expect(Array(excelBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path).sorted() == ["contacts.csv", "excel.csv", "standard.csv"])
    }

    @Test("other columns: tags, consents, days and extras")
    func otherColumns() throws {
        let files = try ContactFiles()
        let book = try files.book("email,tags,consent newsletter,term_end,Region\na@example.org,a|b,2024-03-01,2029-07-15,Wallonie\n")
        let list = book.list(AudienceSpec(id: "all"), routing: LanguageRouting(languages: [Self.fr], generalFallbacks: [Self.fr]))
        let format = ListCSVFormat(columns: [.email, .tags, .consents, .consent(purpose: "newsletter"), .termEnd, .extra("Region"), .extra("None")])
        #expect(try Self.written(list, format: format) == """
            email,tags,consents,consent.newsletter,term_end,Region,None\r
            a@example.org,a|b,newsletter:2024-03-01,2024-03-01,2029-07-15,Wallonie,\r

            """)
    }
}

/// Bytes handed to a sink, kept for the test.
final class Collected: @unchecked Sendable {
    var bytes: [UInt8] = []
}
