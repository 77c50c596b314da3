import AdvocacyCore
import AdvocacyPlugins
import Foundation

/// The work measured: the whole path from export to list, as the lists stage runs it.
enum ListsWork {
    /// Reads `csv`, builds the members' newsletter list and writes it and the report to `folder`.
    static func run(csv: String, folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let start = ContinuousClock.now
        let book = try ContactBook(reading: [ContactSource(path: csv)])
        let read = ContinuousClock.now
        let routing = LanguageRouting(
            languages: [LanguageCode("fr")!, LanguageCode("nl")!, LanguageCode("en")!], generalFallbacks: [LanguageCode("en")!])
        let list = book.list(AudienceSpec(id: "members", filter: .hasTag("members"), purpose: "newsletter"), routing: routing)
        let selected = ContinuousClock.now
        try ListCSVWriter.write(list, toFile: folder + "/members.csv")
        try ListReport.write(book: book, lists: [list], toFile: folder + "/report.json")
        let written = ContinuousClock.now
        print("contacts \(book.count) members \(list.count) excluded \(list.exclusions.count) "
            + "rejected \(book.problems.filter(\.rejectsRow).count) merges \(book.merges.count) lookalikes \(book.lookalikes.count)")
        print("read \(read - start) select \(selected - read) write \(written - selected)")
        print("VmHWM \(peakFromProc())")
    }

    /// The process's peak resident memory as `/proc/self/status` gives it.
    private static func peakFromProc() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } ?? "?"
    }
}
