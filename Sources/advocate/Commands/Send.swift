import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser
import Foundation

/// `advocate send CAMPAIGN --mailing ID --via …`: deliver the messages `build` wrote, keeping a
/// journal so that the same command resumes after any interruption without mailing anyone twice.
struct Send: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Deliver a built mailing through sendmail or an SMTP relay; resumable, nobody mailed twice.",
        discussion: """
            The journal is OUT/.send/<campaign>/<mailing>.sqlite. Run the same command again to resume: \
            sent recipients are skipped. Exit status: 0 every recipient sent (refusals are listed); 65 the pre-send check fails, \
            a message or the journal is wrong, or the mailing changed since sending began; \
            69 the relay or program is unavailable; 75 recipients are left: not yet sent, failed for \
            now (--retry-failed) or ambiguous (--resend-ambiguous), or another send of the mailing runs.

            Examples:
              advocate send decent-work --mailing ministers-letter --via smtp://relay.example.org:587 --dry-run
              advocate send decent-work --mailing ministers-letter --via smtp://advocacy@relay.example.org:587 --proof me@example.org  # needs a mail relay
              advocate send decent-work --mailing ministers-letter --via sendmail  # needs a mail system
              advocate send decent-work --mailing ministers-letter --status --json  # needs a send that has begun
            """
    )

    @OptionGroup var options: CampaignOptions

    @Option(help: "The mailing to send.")
    var mailing: String

    @Option(help: ArgumentHelp("Where to hand the messages: sendmail, sendmail:/path, smtp://[user@]host[:port] (STARTTLS) or smtps://[user@]host[:port].", valueName: "TRANSPORT"))
    var via: String?

    @Option(help: "The folder the build wrote to.")
    var out = "out"

    @Flag(help: "Summarise the journal and stop.")
    var status = false

    @Flag(help: "With --status: print the summary as JSON.")
    var json = false

    @Flag(help: "Check everything and say what would be sent, without talking to the relay or writing the journal.")
    var dryRun = false

    @Option(help: ArgumentHelp("Send one message of each language to ADDRESS only, and stop; recipients get nothing.", valueName: "ADDRESS"))
    var proof: String?

    @Flag(help: "Send again, under the same Message-ID, to the recipients whose fate is unknown.")
    var resendAmbiguous = false

    @Flag(help: "Retry the recipients whose last attempt failed for now (never those refused for good).")
    var retryFailed = false

    @Flag(help: "Archive the journal and start a new one for the mailing as built now; who the old journal shows as sent is not sent to again.")
    var restart = false

    @OptionGroup var limits: SendLimitOptions

    @Argument(help: "A campaign file or id.")
    var campaign: String

    func validate() throws {
        if !status, via == nil { throw ValidationError("--via is required: sendmail, sendmail:/path, smtp://host[:port] or smtps://host[:port]") }
        if json, !status { throw ValidationError("--json goes with --status") }
        if proof != nil, dryRun { throw ValidationError("--proof sends; it cannot go with --dry-run") }
    }

    func run() async throws {
        try await reportingFailures {
            let outFolder = URL(fileURLWithPath: out)
            let via = try self.via.map { text throws(AdvocateError) in try TransportAddress(parsing: text) }
            let build = try options.campaignBuild(campaign)
            let model = build.campaign
            let id = model.id.value
            guard model.mailings.contains(where: { $0.id.value == mailing }) else {
                throw AdvocateError(.usage, "--mailing \(mailing): campaign '\(id)' has no such mailing (mailings: \(model.mailings.map(\.id.value).joined(separator: ", ")))")
            }
            let location = JournalLocation(out: outFolder, campaign: id, mailing: mailing)
            if status {
                try printStatus(location, campaign: id)
                return
            }
            try await checkBeforeSending(build, folder: outFolder.appendingPathComponent(id))
            let plan = try SendPlan(out: outFolder, campaign: id, mailing: mailing)
            try createFolder(location.folder)
            let lock = try FileLock(journal: location.lock, mailing: mailing)
            defer { withExtendedLifetime(lock) {} }
            var journal = try existingJournal(location, plan: plan)
            var carried: [String: String] = [:]
            if let old = journal, restart, !dryRun {
                carried = try SendRestart.archive(old, location: location)
                Terminal.error("the journal was archived; \(carried.count) recipients it shows as sent are not sent to again")
                journal = nil
            }
            let transport = try via!.makeTransport(settings: limits.transportSettings)
            if dryRun {
                try printDryRun(plan: plan, journal: journal)
                await transport.close()
                return
            }
            if let proof {
                try await sendProofs(plan, to: proof, through: transport)
                return
            }
            let current = try journal ?? SendJournal.create(at: location.database, plan: plan, alreadySent: carried)
            let interruption = SendInterruption()
            let sender = MailingSender(plan: plan, journal: current, settings: limits.sendSettings(via: via!),
                                       killAtStep: ProcessInfo.processInfo.environment["ADVOCATE_TEST_KILL_AFTER"].flatMap { Int($0) },
                                       interruption: interruption)
            let interrupts = Self.stopOnInterrupt(interruption)
            defer { interrupts.forEach { $0.cancel() } }
            let ambiguous = try current.entries().filter { $0.state == .ambiguous }
            if !resendAmbiguous, !ambiguous.isEmpty {
                Terminal.error("warning: \(ambiguous.count) recipients are ambiguous (an attempt began and its outcome is unknown); they are not sent to unless you pass --resend-ambiguous:")
                for entry in ambiguous { Terminal.error("  \(entry.recipient)\t\(entry.messageID)") }
            }
            let progress = ProgressLine()
            let result = try await sender.run(through: transport, choices: .init(resendAmbiguous: resendAmbiguous, retryFailed: retryFailed)) { progress.show($0) }
            progress.finish()
            await transport.close()
            current.close()
            for line in result.status.lines { Terminal.output(line) }
            if let failure = result.failure { throw failure }
        }
    }

    /// Ctrl-C (SIGINT) or SIGTERM asks the run to stop after the messages under way, so that
    /// it ends with their outcomes recorded; a second one ends the process at once (the journal
    /// is safe either way).
    private static func stopOnInterrupt(_ interruption: SendInterruption) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Terminal.error("\nstopping after the messages under way (again to stop at once)")
                interruption.request()
                signal(number, SIG_DFL)
                source.cancel()
            }
            source.resume()
            return source
        }
    }

    /// The journal already there, checked against the plan: a mailing rebuilt with other
    /// content since sending began is refused unless the sender restarts.
    private func existingJournal(_ location: JournalLocation, plan: SendPlan) throws(AdvocateError) -> SendJournal? {
        guard FileManager.default.fileExists(atPath: location.database.path) else { return nil }
        let journal = try SendJournal.open(location.database, campaign: plan.campaign, mailing: plan.mailing, readOnly: dryRun)
        guard journal.fingerprint == plan.fingerprint || restart else {
            throw AdvocateError(.invalidInput, "the mailing '\(plan.mailing)' was built again with different messages or recipients since sending began (\(Project.displayPath(location.database)) holds the plan it started with); nothing was sent. To send the mailing as built now, pass --restart: the journal is archived and who it shows as sent is not sent to again. To finish the old mailing, build it as it was.")
        }
        return journal
    }

    /// The mailing's pre-send check, run again on the campaign and contacts as they are now;
    /// a failure prints its problems and ends the command with exit 65 before anything is sent.
    private func checkBeforeSending(_ build: CampaignBuild, folder: URL) async throws(AdvocateError) {
        let check = try await PreSendCheck.forSending(mailing: mailing, of: build, folder: folder, environment: ProcessInfo.processInfo.environment)
        guard let error = check.error else { return }
        var report = DiagnosticReport()
        report.print(error.diagnostics, sources: build.loaded.sources)
        throw AdvocateError(.invalidInput, "mailing '\(mailing)' fails the pre-send check; nothing was sent")
    }

    private func printStatus(_ location: JournalLocation, campaign: String) throws {
        guard FileManager.default.fileExists(atPath: location.database.path) else {
            throw AdvocateError(.missingInput, "no send of the mailing '\(mailing)' has begun (there is no \(Project.displayPath(location.database)))")
        }
        let journal = try SendJournal.open(location.database, campaign: campaign, mailing: mailing, readOnly: true)
        let status = SendStatus(campaign: campaign, mailing: mailing, entries: try journal.entries())
        journal.close()
        if json { try JSONOutput.print(status) } else { for line in status.lines { Terminal.output(line) } }
    }

    private func printDryRun(plan: SendPlan, journal: SendJournal?) throws(AdvocateError) {
        let entries = try journal?.entries() ?? []
        let selected = MailingSender.selection(of: plan, entries: entries, choices: .init(resendAmbiguous: resendAmbiguous, retryFailed: retryFailed))
        Terminal.output("dry run: \(plan.messages.count) messages checked, \(selected.count) would be sent, \(plan.messages.count - selected.count) skipped (already handled in \(journal == nil ? "no journal yet" : "the journal"))")
        for index in selected { Terminal.output("  \(plan.messages[index].recipient)\t\(plan.messages[index].language)\t\(plan.messages[index].path)") }
    }

    private func sendProofs(_ plan: SendPlan, to address: String, through transport: any MailTransport) async throws(AdvocateError) {
        let results = try await MailingSender.sendProofs(of: plan, to: address, through: transport)
        await transport.close()
        var failed = false
        for (message, result) in results {
            Terminal.output("proof \(message.language) → \(address): \(result.isSent ? "sent" : "failed"): \(result.reply)")
            failed = failed || !result.isSent
        }
        if failed { throw AdvocateError(.temporaryFailure, "not every proof was accepted; nothing was sent to recipients") }
    }

    private func createFolder(_ folder: URL) throws(AdvocateError) {
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot create \(Project.displayPath(folder)): \(error.localizedDescription)")
        }
    }
}
