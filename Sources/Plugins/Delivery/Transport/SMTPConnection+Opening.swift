import AdvocacyCore
import NIOCore
import NIOPosix
import NIOSSL

extension SMTPConnection {
    /// Why a connection could not be set up, at which step, with the relay's reply if it gave one.
    struct OpeningFailure: Error {
        var result: DeliveryResult
    }

    /// Connects to `relay`, reads its greeting, says `EHLO`, sets up TLS (`STARTTLS` unless
    /// `insecure`, or from the start for `smtps://`) and logs in when credentials are given.
    static func open(
        to relay: SMTPRelay, credentials: SMTPCredentials?, tls: NIOSSLContext, settings: TransportSettings
    ) async throws(OpeningFailure) -> SMTPConnection {
        let command = TimeAmount(settings.commandTimeout)
        let timeouts = (command: command, message: TimeAmount(settings.messageTimeout))
        let serverName = Self.serverName(relay.host)
        let implicit = relay.security == .implicitTLS
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(command)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if implicit {
                            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: serverName))
                        }
                        try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler())
                    }
                }
                .connect(host: relay.host, port: relay.port).get()
        } catch {
            throw OpeningFailure(result: .temporaryFailure(reply: RelayReply(
                explaining: "cannot reach the relay \(relay.host):\(relay.port): \(error)", step: .connect)))
        }
        let replies: NIOLoopBound<SMTPReplyHandler>
        do {
            replies = try await channel.eventLoop.submit {
                NIOLoopBound(try channel.pipeline.syncOperations.handler(type: SMTPReplyHandler.self), eventLoop: channel.eventLoop)
            }.get()
        } catch {
            try? await channel.close()
            throw OpeningFailure(result: .temporaryFailure(reply: RelayReply(explaining: "the connection closed at once: \(error)", step: .connect)))
        }
        var connection = SMTPConnection(
            channel: channel, replies: replies, extensions: Extensions(SMTPResponse(code: 250, lines: [])), timeouts: timeouts)
        do {
            try await connection.expect(.greeting, what: "with its greeting", code: 220)
            connection = try await connection.hello(settings.clientName)
            if relay.security == .startTLS {
                if connection.extensions.keywords.contains("STARTTLS") {
                    try await connection.send(command: "STARTTLS")
                    try await connection.expect(.tls, what: "STARTTLS", code: 220)
                    try await channel.eventLoop.submit {
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: tls, serverHostname: serverName), position: .first)
                    }.get()
                    connection = try await connection.hello(settings.clientName)
                } else if !settings.insecure {
                    throw OpeningFailure(result: .temporaryFailure(reply: RelayReply(
                        explaining: "the relay \(relay.host):\(relay.port) does not offer STARTTLS, and advocate sends only encrypted; use smtps://, or --insecure for a relay on this machine",
                        step: .tls)))
                }
            }
            if let credentials {
                try await connection.authenticate(credentials, relay: relay)
            }
            return connection
        } catch let failure as OpeningFailure {
            await connection.abandon()
            throw failure
        } catch {
            await connection.abandon()
            throw OpeningFailure(result: .temporaryFailure(reply: RelayReply(explaining: "\(error)", step: .greeting)))
        }
    }

    /// Says `EHLO` and learns the relay's extensions.
    private func hello(_ name: String) async throws -> SMTPConnection {
        try await send(command: "EHLO \(name)")
        let response = try await reply(within: timeouts.command, to: "EHLO")
        guard response.isPositive else { throw OpeningFailure(result: response.result(at: .greeting)) }
        return SMTPConnection(channel: channel, replies: replies, extensions: Extensions(response), timeouts: timeouts)
    }

    /// Reads one reply and fails unless it has `code`.
    private func expect(_ step: DeliveryStep, what: String, code: Int) async throws {
        let response = try await reply(within: timeouts.command, to: what)
        guard response.code == code else { throw OpeningFailure(result: response.result(at: step)) }
    }

    /// The name to give TLS for SNI and the certificate check: none for an IP address, whose
    /// check then uses the address connected to.
    private static func serverName(_ host: String) -> String? {
        let isIPv4 = host.split(separator: ".").count == 4 && host.split(separator: ".").allSatisfy { UInt8($0) != nil }
        return isIPv4 || host.contains(":") ? nil : host
    }
}
