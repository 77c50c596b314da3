import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser
import Foundation

/// `send`'s options for one relay: its rate limits, connections, retries and trust. They belong
/// to the relay `--via` names, so they go on the same command line (a script per relay).
struct SendLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("At most N messages a second.", valueName: "N"))
    var rate: Double?

    @Option(help: ArgumentHelp("At most N messages an hour, spread evenly.", valueName: "N"))
    var perHour: Int?

    @Option(help: ArgumentHelp("Hand over N messages at once, on as many connections or programs.", valueName: "N"))
    var connections = 4

    @Option(help: ArgumentHelp("Try a message the relay answers 'try later' (4xx) at most N times in one run, waiting 2 s, 4 s … between.", valueName: "N"))
    var attempts = 3

    @Option(help: ArgumentHelp("After N temporary failures in a row (a burst of 421 or 4xx), pause every sender …", valueName: "N"))
    var burst = 5

    @Option(help: ArgumentHelp("… for this many seconds.", valueName: "SECONDS"))
    var burstPause = 60

    @Option(help: ArgumentHelp("Stop the run once N messages failed in it.", valueName: "N"))
    var errorLimit = 50

    @Flag(help: "Allow an smtp:// relay on this machine (localhost, 127.0.0.1, ::1) without STARTTLS.")
    var insecure = false

    @Option(help: ArgumentHelp("Trust the certificate authorities in this PEM file instead of the system's.", valueName: "FILE"))
    var trustedCertificates: String?

    func validate() throws {
        if let rate, !(rate > 0) { throw ValidationError("--rate must be a number of messages a second above 0") }
        if let perHour, perHour < 1 { throw ValidationError("--per-hour must be at least 1") }
        for (name, value) in [("--connections", connections), ("--attempts", attempts), ("--burst", burst), ("--error-limit", errorLimit)] where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        if burstPause < 0 { throw ValidationError("--burst-pause cannot be negative") }
    }

    /// The transport's settings.
    var transportSettings: TransportSettings {
        TransportSettings(connections: connections, insecure: insecure, trustedCertificates: trustedCertificates.map { URL(fileURLWithPath: $0) })
    }

    /// The sender's settings for a send through `via`.
    func sendSettings(via: TransportAddress) -> SendSettings {
        let smtp: Bool = if case .smtp = via { true } else { false }
        return SendSettings(
            messagesPerSecond: rate, messagesPerHour: perHour, parallel: connections, attempts: attempts,
            burst: burst, burstPause: .seconds(burstPause), errorLimit: errorLimit, unansweredIsAmbiguous: smtp)
    }
}
