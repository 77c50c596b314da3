/// A way to hand messages to a mail system: the system's sendmail program or an SMTP relay.
///
/// The contract every implementation keeps, checked for each by one shared test
/// (`MailTransportContractTests`):
/// - ``deliver(_:)`` hands over exactly the envelope's sender, recipient and message bytes: the
///   receiving side, with line ends normalised, sees the message byte for byte as built, once.
/// - It never throws and never hangs: every problem is a ``DeliveryResult``, a stalled peer a
///   ``DeliveryResult/temporaryFailure(reply:)`` after the transport's timeout.
/// - ``DeliveryResult/sent(reply:)`` only after the other side accepted this very message;
///   4xx, a lost connection and a timeout are temporary; 5xx permanent.
/// - A reply never holds a credential.
/// - Up to ``connectionLimit`` calls of ``deliver(_:)`` may run at once from different tasks;
///   more wait for a free connection.
/// - After ``close()``, no connection or program is left open; a later ``deliver(_:)`` is a
///   temporary failure.
public protocol MailTransport: Sendable {
    /// How many messages the transport hands over at the same time.
    var connectionLimit: Int { get }

    /// Delivers one message to its one recipient and says how that ended.
    func deliver(_ envelope: Envelope) async -> DeliveryResult

    /// Ends every connection politely (`QUIT`) and frees what the transport holds.
    func close() async
}
