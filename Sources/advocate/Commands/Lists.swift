import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser
import Foundation

/// `advocate lists CAMPAIGN`: build the distribution lists and report counts.
struct Lists: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the campaign's distribution lists from its contact exports, and report counts and who was left out.",
        discussion: "The lists stage of 'advocate build' writes the same lists into the build's output.\n\nExamples:\n  advocate lists decent-work\n  advocate lists decent-work --audience members --write lists/"
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "Only this audience.")
    var audience: String?

    @Flag(help: "Print the full report as JSON: sources, problems, merges, lookalikes, and every exclusion with its row.")
    var json = false

    @Option(help: ArgumentHelp("Also write each list as CSV into this folder.", valueName: "DIR"))
    var write: String?

    @Flag(help: "With --write: CSV as Excel opens it in Belgium and France (byte order mark, ';').")
    var excel = false

    @Argument(help: "A campaign file or id.", completion: .campaigns)
    var campaign: String

    func run() async throws {
        try await reportingFailures {
            let build = try options.campaignBuild(self.campaign)
            let campaign = build.campaign
            let contacts = try await build.audiences()
            var lists = contacts.lists
            if let audience {
                lists = lists.filter { $0.spec.id == audience }
                guard !lists.isEmpty else {
                    let known = contacts.lists.map(\.spec.id).joined(separator: ", ")
                    throw AdvocateError(.usage, "--audience \(audience): campaign '\(campaign.id.value)' has no audience of that id that selects contacts (audiences with lists: \(known))")
                }
            }
            if let write {
                for list in lists {
                    let path = URL(fileURLWithPath: write).appendingPathComponent("\(list.spec.id).csv").path
                    do {
                        try FileManager.default.createDirectory(atPath: write, withIntermediateDirectories: true)
                    } catch {
                        // Foundation wraps the system's reason ("Not a directory") in a vaguer one.
                        let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
                        let reason = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
                        throw AdvocateError(.cannotCreateOutput, "cannot create the folder '\(write)' for the lists: \(reason ?? error.localizedDescription)")
                    }
                    do throws(ListError) {
                        try ListCSVWriter.write(list, format: ListCSVFormat(style: excel ? .excel : .standard), toFile: path)
                    } catch {
                        throw AdvocateError(.cannotCreateOutput, error.diagnostics.map(\.message).joined(separator: "; "))
                    }
                    Terminal.error(path)
                }
            }
            if json {
                var bytes: [UInt8] = []
                do throws(ListError) {
                    try ListReport.write(book: contacts.book, lists: lists) { chunk throws(ListError) in bytes += chunk }
                } catch {
                    throw AdvocateError(error.kind, "the report could not be made: \(error)")
                }
                try Terminal.writeWhole(bytes, what: "the report")
                return
            }
            Terminal.output("\(campaign.id.value): \(contacts.book.count) contacts from \(campaign.contacts.count) export\(campaign.contacts.count == 1 ? "" : "s")")
            for list in lists {
                let languages = list.countsByLanguage.map { "\($0.language.code) \($0.count)" }.joined(separator: ", ")
                let reasons = Dictionary(grouping: list.exclusions, by: \.code).map { "\($0.value.count) \($0.key)" }.sorted().joined(separator: ", ")
                Terminal.output("\(list.spec.id): \(list.count) members (\(languages))\(reasons.isEmpty ? "" : "; left out: \(reasons)")")
            }
        }
    }
}
