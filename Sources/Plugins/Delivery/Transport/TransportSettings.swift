public import Foundation

/// How a transport behaves, apart from where it sends: connections, time limits, trust.
public struct TransportSettings: Sendable, Equatable {
    /// How many connections (or sendmail programs) run at once.
    public var connections: Int
    /// How long to wait to reach the relay, for its greeting, and for each reply before the data.
    public var commandTimeout: Duration
    /// How long to wait for the reply after the data, or for a sendmail program to finish.
    public var messageTimeout: Duration
    /// Whether an `smtp://` relay on loopback may be used without `STARTTLS`.
    public var insecure: Bool
    /// A PEM file of certificate authorities to trust instead of the system's.
    public var trustedCertificates: URL?
    /// The name advocate gives itself in `EHLO`.
    public var clientName: String
    /// Where a sendmail program runs.
    public var workingDirectory: URL

    /// Settings with advocate's defaults: 4 connections, 60 seconds per command, 5 minutes per
    /// message, TLS required and checked against the system's roots.
    public init(
        connections: Int = 4,
        commandTimeout: Duration = .seconds(60),
        messageTimeout: Duration = .seconds(300),
        insecure: Bool = false,
        trustedCertificates: URL? = nil,
        clientName: String = "localhost",
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) {
        self.connections = max(1, connections)
        self.commandTimeout = commandTimeout
        self.messageTimeout = messageTimeout
        self.insecure = insecure
        self.trustedCertificates = trustedCertificates
        self.clientName = clientName
        self.workingDirectory = workingDirectory
    }
}
