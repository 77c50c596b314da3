public import AdvocacyCore
import NIOCore
import NIOSSL

/// Delivers through an SMTP relay over swift-nio, with TLS from swift-nio-ssl: `STARTTLS`
/// required for `smtp://` (unless `--insecure` on loopback), TLS from the first byte for
/// `smtps://`, `AUTH PLAIN` or `LOGIN`, `PIPELINING` where offered, `SMTPUTF8` when an envelope
/// needs it, and up to ``TransportSettings/connections`` connections, each kept open and reused
/// from message to message.
///
/// A failure to set up a connection (unreachable relay, no STARTTLS, untrusted certificate, a
/// refused login) concerns the relay, not the recipient: a temporary failure whose reply's
/// ``RelayReply/step`` says so.
public struct SMTPTransport: MailTransport {
    /// The relay.
    public let relay: SMTPRelay
    private let credentials: SMTPCredentials?
    private let settings: TransportSettings
    private let tls: NIOSSLContext
    private let slots: DeliverySlots
    private let shelf = ConnectionShelf()

    /// A transport to `relay`, logging in with `credentials` when given.
    /// - Throws: ``AdvocateError/Kind/missingInput`` when the trusted certificates file cannot
    ///   be read; ``AdvocateError/Kind/invalidInput`` when it holds no certificate.
    public init(relay: SMTPRelay, credentials: SMTPCredentials?, settings: TransportSettings) throws(AdvocateError) {
        self.relay = relay
        self.credentials = credentials
        self.settings = settings
        slots = DeliverySlots(count: settings.connections)
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let file = settings.trustedCertificates {
            do {
                configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(file.path))
            } catch {
                throw AdvocateError(.missingInput, "cannot read certificates to trust from '\(file.path)': \(error); give a PEM file")
            }
        }
        do {
            tls = try NIOSSLContext(configuration: configuration)
        } catch {
            throw AdvocateError(.unavailable, "cannot set up TLS: \(error)")
        }
    }

    public var connectionLimit: Int { settings.connections }

    public func deliver(_ envelope: Envelope) async -> DeliveryResult {
        guard await slots.acquire() else {
            return .temporaryFailure(reply: RelayReply(explaining: "the transport is closed", step: .connect))
        }
        let result = await deliverHoldingSlot(envelope)
        await slots.release()
        return result
    }

    private func deliverHoldingSlot(_ envelope: Envelope) async -> DeliveryResult {
        let connection: SMTPConnection
        if let idle = await shelf.takeOpen() {
            connection = idle
        } else {
            do {
                connection = try await SMTPConnection.open(to: relay, credentials: credentials, tls: tls, settings: settings)
            } catch {
                return error.result
            }
        }
        let (result, reusable) = await connection.transfer(envelope)
        let kept = reusable && connection.channel.isActive ? await shelf.put(connection) : false
        if !kept {
            await connection.quit()
        }
        return result
    }

    /// Says `QUIT` on every idle connection at once, so that a stalled relay costs one time
    /// limit, not one per connection.
    public func close() async {
        await slots.close()
        let idle = await shelf.close()
        await withTaskGroup(of: Void.self) { group in
            for connection in idle { group.addTask { await connection.quit() } }
        }
    }
}
