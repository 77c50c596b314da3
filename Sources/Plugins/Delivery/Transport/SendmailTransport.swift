public import AdvocacyCore
import Foundation

/// Hands each message to the system's sendmail-compatible program (Postfix's, Exim's, msmtp …):
/// `PROGRAM -i -f SENDER -- RECIPIENT`, run through ``ProcessRunner`` with an argument list (no
/// shell), the message on its standard input with the build's line ends.
///
/// Exit 0 after reading the whole message is sent; 75 (`EX_TEMPFAIL`) is temporary; any other
/// status is permanent. A program that exits, even with 0, before reading its whole input did
/// not take this message: a temporary failure. A program killed by a signal or past its timeout
/// is a temporary failure too.
public struct SendmailTransport: MailTransport {
    /// The program, as `--via` named it.
    public let program: String
    private let settings: TransportSettings
    private let slots: DeliverySlots

    /// A transport running `program`.
    /// - Throws: ``AdvocateError/Kind/unavailable`` when the program is not there.
    public init(program: String, settings: TransportSettings) throws(AdvocateError) {
        self.program = program
        self.settings = settings
        slots = DeliverySlots(count: settings.connections)
        try Self.checkPresent(program)
    }

    public var connectionLimit: Int { settings.connections }

    public func deliver(_ envelope: Envelope) async -> DeliveryResult {
        guard await slots.acquire() else {
            return .temporaryFailure(reply: RelayReply(explaining: "the transport is closed", step: .connect))
        }
        let result = await run(envelope)
        await slots.release()
        return result
    }

    private func run(_ envelope: Envelope) async -> DeliveryResult {
        let request = ProcessRequest(
            executable: program, arguments: ["-i", "-f", envelope.sender, "--", envelope.recipient],
            workingDirectory: settings.workingDirectory, standardInput: envelope.message,
            timeout: settings.messageTimeout, outputLimit: 64 << 10, errorLimit: 64 << 10)
        let outcome: ProcessOutcome
        do {
            outcome = try await ProcessRunner.run(request)
        } catch {
            return .temporaryFailure(reply: RelayReply(explaining: error.message, step: .connect))
        }
        return Self.result(of: outcome)
    }

    public func close() async {
        await slots.close()
    }

    /// The delivery result a finished run stands for.
    static func result(of outcome: ProcessOutcome) -> DeliveryResult {
        let said = ProcessOutcome.tail(of: outcome.standardError)
        let name = outcome.program
        switch outcome.termination {
        case .exited(0) where outcome.inputFullyWritten:
            return .sent(reply: RelayReply(explaining: "'\(name)' accepted the message (exit 0)\(said)", step: .message))
        case .exited(0):
            return .temporaryFailure(reply: RelayReply(explaining: "'\(name)' exited with status 0 before reading the whole message, so it cannot have taken it\(said)", step: .message))
        case .exited(75):
            return .temporaryFailure(reply: RelayReply(explaining: "'\(name)' asked to try later (exit 75)\(said)", step: .message))
        case .exited(let status):
            return .permanentFailure(reply: RelayReply(explaining: "'\(name)' refused the message (exit \(status))\(said)", step: .message))
        case .signalled(let signal):
            return .temporaryFailure(reply: RelayReply(explaining: "'\(name)' was ended by signal \(signal)\(said)", step: .message))
        case .timedOut:
            return .temporaryFailure(reply: RelayReply(explaining: "'\(name)' did not finish within \(outcome.duration)\(said)", step: .message))
        }
    }

    private static func checkPresent(_ program: String) throws(AdvocateError) {
        let candidates = program.contains("/")
            ? [program]
            : ProcessRequest.safePath.split(separator: ":").map { "\($0)/\(program)" }
        guard candidates.contains(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw AdvocateError(.unavailable, program.contains("/")
                ? "the sendmail program '\(program)' does not exist or is not executable; check the path"
                : "no '\(program)' program on PATH (\(ProcessRequest.safePath)); install a mail system such as Debian's postfix, or give --via sendmail:/path/to/program")
        }
    }
}
