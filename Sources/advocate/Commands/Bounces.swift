import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser
import Foundation

/// `advocate bounces CAMPAIGN FILE…`: read returned mail and add the recipients of permanent
/// failures and complaints to the campaign's suppression list.
struct Bounces: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read returned mail (DSN, ARF) and add permanent failures and complaints to the suppression list.",
        discussion: """
            Each FILE is a Maildir folder or an mbox file. A report is matched to the message it returns \
            by that message's Message-ID in the campaign's send journals (OUT/.send/<campaign>/); \
            temporary failures are only counted. Exit status: 0 read; 65 the campaign has no \
            suppression list to add to, or a journal cannot be trusted; 66 a FILE is missing.

            Examples:
              advocate bounces decent-work ~/Maildir/.Returned  # needs a Maildir of returned mail
              advocate bounces decent-work returned.mbox --json  # needs an mbox of returned mail
            """
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "The folder the build and its send journals are in.")
    var out = "out"

    @Flag(help: "Print what was found and not matched as JSON.")
    var json = false

    @Argument(help: "A campaign file or id.")
    var campaign: String

    @Argument(help: "Maildir folders or mbox files of returned mail.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one Maildir folder or mbox file of returned mail") }
    }

    func run() async throws {
        try await reportingFailures {
            let (_, model) = try options.loadValid(campaign)
            let id = model.id.value
            let journals = JournalLocation.journals(out: URL(fileURLWithPath: out), campaign: id)
            let suppression = model.suppression.map { options.project.root.appendingPathComponent($0.value) }
            let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
            let today = CalendarDay(year: components.year!, month: components.month!, day: components.day!)!
            let report = try BounceReading(campaign: id, journals: journals).read(mailboxes: files, suppression: suppression, today: today)
            if json { try JSONOutput.print(report) } else { for line in report.lines { Terminal.output(line) } }
        }
    }
}
