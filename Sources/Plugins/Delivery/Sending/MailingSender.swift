public import AdvocacyCore
import Foundation

/// Sends one mailing's plan through a transport, keeping its journal: an intent is on disk
/// before a message goes out and its outcome after, so that a run stopped at any moment can be
/// resumed without mailing anyone twice. Only the relay's acceptance counts as sent.
public struct MailingSender: Sendable {
    /// What a run sends besides the recipients never tried.
    public struct Choices: Sendable, Equatable {
        /// Resend the recipients whose fate is unknown, under the same Message-ID.
        public var resendAmbiguous: Bool
        /// Retry the recipients whose last attempt failed for now.
        public var retryFailed: Bool

        /// The choices.
        public init(resendAmbiguous: Bool = false, retryFailed: Bool = false) {
            self.resendAmbiguous = resendAmbiguous
            self.retryFailed = retryFailed
        }
    }

    /// How a run ended.
    public struct Result: Sendable {
        /// The journal's summary after the run.
        public var status: SendStatus
        /// Why the run stopped before the end, if it did.
        public var stopped: String?
        /// Whether the relay could not be reached at all.
        public var relayUnavailable: Bool

        /// The failure the run ends with: `unavailable` (69) when the relay could not be
        /// reached, `temporaryFailure` (75) while recipients are left to send, retry or decide
        /// on; `nil` when every recipient was sent (or refused for good, which is reported).
        public var failure: AdvocateError? {
            if relayUnavailable {
                return AdvocateError(.unavailable, "the relay is unavailable (\(stopped ?? "it could not be reached")); nothing more was sent: run the same command again when it is back")
            }
            let left = status.count(.planned) + status.count(.temporaryFailure) + status.count(.ambiguous)
            guard left > 0 else { return nil }
            var parts: [String] = []
            if status.count(.planned) > 0 { parts.append("\(status.count(.planned)) not yet sent (run the same command again)") }
            if status.count(.temporaryFailure) > 0 { parts.append("\(status.count(.temporaryFailure)) failed for now (--retry-failed)") }
            if status.count(.ambiguous) > 0 { parts.append("\(status.count(.ambiguous)) ambiguous (check, then --resend-ambiguous)") }
            return AdvocateError(.temporaryFailure, (stopped.map { "the send stopped: \($0); " } ?? "") + parts.joined(separator: ", "))
        }
    }

    /// The messages and where they are.
    public let plan: SendPlan
    /// The journal of the plan.
    public let journal: SendJournal
    /// How fast and how stubbornly.
    public let settings: SendSettings
    /// For the crash test only: the process kills itself (SIGKILL) at this step of the run,
    /// counting three per message: intent recorded, message handed over, outcome recorded.
    public let killAtStep: Int?
    /// Where the sender asks the run to stop early.
    public let interruption: SendInterruption

    /// A sender of `plan`, recording in `journal`.
    public init(plan: SendPlan, journal: SendJournal, settings: SendSettings, killAtStep: Int? = nil, interruption: SendInterruption = SendInterruption()) {
        self.plan = plan
        self.journal = journal
        self.settings = settings
        self.killAtStep = killAtStep
        self.interruption = interruption
    }

    /// The indices in `plan` of the messages a run with `choices` sends, given the journal's `entries`.
    public static func selection(of plan: SendPlan, entries: [JournalEntry], choices: Choices) -> [Int] {
        let states = Dictionary(entries.map { ($0.messageID, $0.state) }, uniquingKeysWith: { first, _ in first })
        return plan.messages.indices.filter { index in
            switch states[plan.messages[index].messageID] ?? .planned {
            case .planned: true
            case .ambiguous: choices.resendAmbiguous
            case .temporaryFailure: choices.retryFailed
            case .sent, .permanentFailure: false
            }
        }
    }

    /// Sends what `choices` select through `transport`, reporting progress after each outcome.
    public func run(
        through transport: any MailTransport, choices: Choices, progress: @escaping @Sendable (SendProgress) -> Void = { _ in }
    ) async throws(AdvocateError) -> Result {
        let selected = Self.selection(of: plan, entries: try journal.entries(), choices: choices)
        let queue = SendQueue(indices: selected, settings: settings, interruption: interruption)
        let steps = StepCounter(killAt: killAtStep)
        let start = ContinuousClock.now
        let workers = min(settings.parallel, transport.connectionLimit, max(1, selected.count))
        let failure: AdvocateError? = await withTaskGroup(of: AdvocateError?.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    do throws(AdvocateError) {
                        while let item = await queue.next() {
                            try? await Task.sleep(until: item.due, clock: .continuous)
                            try await send(item, through: transport, queue: queue, steps: steps)
                            let (sent, failed) = await (queue.sent, queue.failed)
                            progress(SendProgress(total: selected.count, sent: sent, failed: failed, elapsed: (ContinuousClock.now - start).seconds))
                        }
                        return nil
                    } catch {
                        await queue.halt(error.message)
                        return error
                    }
                }
            }
            var first: AdvocateError?
            for await result in group where first == nil { first = result }
            return first
        }
        if let failure { throw failure }
        let stop = await queue.stop
        let unreached = await queue.relayUnreached
        return Result(
            status: SendStatus(campaign: plan.campaign, mailing: plan.mailing, entries: try journal.entries()),
            stopped: stop?.reason, relayUnavailable: (stop?.relayUnavailable ?? false) || unreached)
    }

    /// One attempt at one message: intent, hand-over, outcome.
    private func send(_ item: SendQueue.Item, through transport: any MailTransport, queue: SendQueue, steps: StepCounter) async throws(AdvocateError) {
        let message = plan.messages[item.index]
        let bytes = try plan.bytes(of: message)
        let envelope: Envelope
        do throws(AdvocateError) {
            envelope = try Envelope(sender: message.sender, recipient: message.recipient, message: bytes, messageID: message.messageID)
        } catch {
            // An address no relay may be given (a leading '-', a space): this recipient is
            // refused for good, nothing is handed over, and the others still go.
            try await journal.record(JournalRecord(messageID: message.messageID, state: .permanentFailure, reply: error.message, countsAttempt: false))
            _ = await queue.recordFailure(item, temporary: false, concernsRelay: false)
            return
        }
        try await journal.record(JournalRecord(messageID: message.messageID, state: .ambiguous, reply: nil, countsAttempt: true))
        steps.step()
        let result = await transport.deliver(envelope)
        steps.step()
        switch result {
        case .sent(let reply):
            try await journal.record(JournalRecord(messageID: message.messageID, state: .sent, reply: reply.description, countsAttempt: false))
            steps.step()
            await queue.recordSent()
        case .temporaryFailure(let reply) where settings.unansweredIsAmbiguous && reply.step == .message && reply.code == nil:
            // The data went out and no final reply came: the relay may have the message. The
            // intent stays without an outcome, so the recipient is ambiguous; the event says why.
            try await journal.record(JournalRecord(messageID: message.messageID, state: .ambiguous, reply: reply.description, countsAttempt: false))
            steps.step()
            _ = await queue.recordFailure(item, temporary: false, concernsRelay: false)
        case .temporaryFailure(let reply):
            try await journal.record(JournalRecord(messageID: message.messageID, state: .temporaryFailure, reply: reply.description, countsAttempt: false))
            steps.step()
            _ = await queue.recordFailure(item, temporary: true, concernsRelay: reply.step.concernsRelay)
        case .permanentFailure(let reply):
            let state: JournalState = reply.step.concernsRelay ? .temporaryFailure : .permanentFailure
            try await journal.record(JournalRecord(messageID: message.messageID, state: state, reply: reply.description, countsAttempt: false))
            steps.step()
            _ = await queue.recordFailure(item, temporary: false, concernsRelay: reply.step.concernsRelay)
        }
    }

    /// Sends the first message of each language to `address` only, so that the sender sees what
    /// recipients will get. Proofs are not recipients: the journal does not record them.
    public static func sendProofs(of plan: SendPlan, to address: String, through transport: any MailTransport) async throws(AdvocateError) -> [(message: OutgoingMessage, result: DeliveryResult)] {
        var seen: Set<String> = []
        var results: [(OutgoingMessage, DeliveryResult)] = []
        for message in plan.messages where seen.insert(message.language).inserted {
            let envelope = try Envelope(sender: message.sender, recipient: address, message: try plan.bytes(of: message), messageID: message.messageID)
            results.append((message, await transport.deliver(envelope)))
        }
        return results
    }
}

/// Counts the steps of a run for ``MailingSender/killAtStep``.
private final class StepCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let killAt: Int?

    init(killAt: Int?) { self.killAt = killAt }

    func step() {
        guard let killAt else { return }
        lock.lock()
        count += 1
        let reached = count == killAt
        lock.unlock()
        if reached { kill(getpid(), SIGKILL) }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
