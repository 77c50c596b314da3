import AdvocacyFixtures
import Foundation
import Testing

/// Distribution lists through the real binary: exports as spreadsheets write them, and the
/// ways an export can be unusable.
struct ListsTests {
    /// A project whose campaign `sample` has an audience `members` drawing on `contacts.csv`.
    private func project(contacts: [UInt8], source: String = "") throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.write("Campaigns/contacts/contacts.csv", "")
        try Data(contacts).write(to: project.root.appendingPathComponent("Campaigns/contacts/contacts.csv"))
        try project.campaign("sample.yaml", SampleCampaign.readyToMail(SampleCampaign.yaml())
            .replacingOnce("audiences:\n  - id: members\n", with: "contacts:\n  - id: export\n    file: Campaigns/contacts/contacts.csv\n\(source)audiences:\n  - id: members\n    contacts: [export]\n    consent: newsletter\n"))
        return project
    }

    @Test func anExcelExportInWindows1252AndTheSameDataInUTF8GiveIdenticalLists() throws {
        var options = ContactGenerator.Options()
        options.windows1252Safe = true
        let rows = ContactGenerator(options).rows(400)
        let excel = try project(contacts: CSVExport.excelWindows1252.render(header: ContactGenerator.header, rows: rows),
                                source: "    encoding: windows-1252\n")
        let plain = try project(contacts: CSVExport.plain.render(header: ContactGenerator.header, rows: rows))
        for project in [excel, plain] {
            let result = try project.advocate("lists", "sample", "--write", "lists")
            #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        }
        let fromExcel = try excel.read("lists/members.csv"), fromPlain = try plain.read("lists/members.csv")
        #expect(fromExcel == fromPlain)
        #expect(fromExcel.count > 1_000)
        let checked = try ExternalCheck.run("python3", ["-c", "import csv; rows = list(csv.DictReader(open('lists/members.csv', encoding='utf-8', newline=''))); print(len(rows) > 10, all('@' in r['email'] for r in rows))"], in: plain.root)
        #expect(checked.output == "True True\n")
    }

    struct Unusable: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let expected: String
        var testDescription: String { name }
    }

    static let unusable: [Unusable] = [
        Unusable(name: "unterminated quote at row 7",
                 bytes: Array(("E-mail,Prénom\n" + (2...6).map { "a\($0)@x.example,A\n" }.joined() + "a7@x.example,\"Ann\n" + (8...50_000).map { "a\($0)@x.example,B\n" }.joined()).utf8),
                 expected: "row 7"),
        Unusable(name: "undeclared encoding", bytes: Array("E-mail,Prénom\n".utf8.prefix(9)) + [0x50, 0x72, 0xE9, 0x6E, 0x6F, 0x6D, 0x0A] + Array("a@x.example,Zo".utf8) + [0xE9, 0x0A],
                 expected: "windows-1252"),
        Unusable(name: "no email column", bytes: Array("Prénom,Nom\nAnn,Lee\n".utf8), expected: "email"),
        Unusable(name: "empty file", bytes: [], expected: "empty"),
    ]

    @Test(arguments: unusable)
    func anUnusableExportIsAClearError(_ export: Unusable) throws {
        let project = try project(contacts: export.bytes)
        let result = try project.advocate("lists", "sample")
        #expect(!result.crashed)
        #expect(result.status == 65, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("Campaigns/contacts/contacts.csv:"), "stderr was:\n\(result.stderr)")
        #expect(result.stderr.lowercased().contains(export.expected.lowercased()), "stderr was:\n\(result.stderr)")
    }

    @Test func planShowsEachRecipientsLanguageAndWhyOthersAreLeftOut() throws {
        let csv = "E-mail;Prénom;Langue;Consent newsletter\r\nann@x.example;Ann;nl;yes\r\nbob@x.example;Bob;fr;no\r\n=cmd@x.example;Eve;de;yes\r\n"
        let project = try project(contacts: Array(csv.utf8))
        let plan = try project.advocate("plan", "sample", "--mailing", "launch")
        #expect(plan.status == 0, "stderr was:\n\(plan.stderr)")
        #expect(plan.stdout.contains("  ann@x.example\tnl\t<"))
        #expect(plan.stdout.contains("  bob@x.example\tleft out: has not consented to 'newsletter' (Campaigns/contacts/contacts.csv row 3)"))
        let build = try project.advocate("build", "sample")
        #expect(build.status == 0, "stderr was:\n\(build.stderr)")
        let report = String(decoding: try project.read("out/sample/lists/report.json"), as: UTF8.self)
        #expect(report.contains("\"reason\": \"no-consent\""))
    }

    /// `--write` into a folder that cannot be made (its parent is a regular file; the tests
    /// run as root, so permissions would not stop them) is exit 73, naming the folder.
    @Test func listsThatCannotBeWrittenAreExit73() throws {
        let project = try project(contacts: Array("E-mail\nann@x.example\n".utf8))
        try project.write("taken", "a regular file\n")
        let result = try project.advocate("lists", "sample", "--write", "taken/lists")
        #expect(result.status == 73, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: cannot create the folder 'taken/lists' for the lists: "), "stderr was:\n\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"), "stderr was:\n\(result.stderr)")
    }

    /// The report on a full disk (`/dev/full` as stdout) is exit 73, not a silent success.
    @Test func aReportThatCannotBeWrittenIsExit73() throws {
        let project = try project(contacts: Array("E-mail\nann@x.example\n".utf8))
        let process = Process()
        process.executableURL = AdvocateProcess.executable
        process.arguments = ["lists", "sample", "--json"]
        process.currentDirectoryURL = project.root
        let errors = project.root.appendingPathComponent("stderr.txt")
        #expect(FileManager.default.createFile(atPath: errors.path, contents: nil))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: try Data(contentsOf: errors), as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 73, "stderr was:\n\(stderr)")
        #expect(stderr == "error: cannot write the report to the standard output: No space left on device\n")
    }
}
