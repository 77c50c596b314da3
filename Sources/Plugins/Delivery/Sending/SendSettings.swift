/// How fast and how stubbornly `send` hands messages to one relay. The command's options set
/// them, so each relay's limits go with the command that names it (`--via`).
public struct SendSettings: Sendable, Equatable {
    /// At most this many messages a second (none: as fast as the relay takes them).
    public var messagesPerSecond: Double?
    /// At most this many messages an hour, spread evenly.
    public var messagesPerHour: Int?
    /// How many messages are handed over at once (capped by the transport's connections).
    public var parallel: Int
    /// How many times one run tries a message the relay answered "try later" (4xx).
    public var attempts: Int
    /// The wait before the second attempt; each later one waits twice as long.
    public var backoff: Duration
    /// This many temporary failures in a row (a burst of 421 or 4xx) pause every sender …
    public var burst: Int
    /// … for this long.
    public var burstPause: Duration
    /// The run stops once this many messages failed in it (temporary or permanent).
    public var errorLimit: Int
    /// Whether a message handed over whose final reply never came (a connection lost after the
    /// data) is ambiguous rather than a temporary failure: true for SMTP, whose relay may have
    /// taken it. A sendmail program that said nothing did not take it.
    public var unansweredIsAmbiguous: Bool

    /// Settings with advocate's defaults: no rate limit, 4 at once, 3 attempts from 2 s apart,
    /// a 60 s pause after 5 temporary failures in a row, a stop after 50 failures.
    public init(
        messagesPerSecond: Double? = nil, messagesPerHour: Int? = nil, parallel: Int = 4, attempts: Int = 3,
        backoff: Duration = .seconds(2), burst: Int = 5, burstPause: Duration = .seconds(60), errorLimit: Int = 50,
        unansweredIsAmbiguous: Bool = true
    ) {
        self.messagesPerSecond = messagesPerSecond
        self.messagesPerHour = messagesPerHour
        self.parallel = max(1, parallel)
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.burst = max(1, burst)
        self.burstPause = burstPause
        self.errorLimit = max(1, errorLimit)
        self.unansweredIsAmbiguous = unansweredIsAmbiguous
    }

    /// The least time between two messages the rate limits allow.
    var spacing: Duration {
        let perSecond = messagesPerSecond.map { 1 / $0 } ?? 0
        let perHour = messagesPerHour.map { 3600 / Double($0) } ?? 0
        return .milliseconds(Int64((max(perSecond, perHour) * 1000).rounded(.up)))
    }
}
