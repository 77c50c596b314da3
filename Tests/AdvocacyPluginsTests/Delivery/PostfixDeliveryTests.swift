import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// The SMTP transport against a real Postfix on loopback (STARTTLS on its own certificate):
/// every message arrives once, its bytes intact after the headers Postfix puts on top.
@Suite("Delivery through a real Postfix", .serialized)
struct PostfixDeliveryTests {
    @Test("sixty messages over three connections each arrive once, byte-identical")
    func everyMessageArrivesOnce() async throws {
        let postfix = try PostfixInstance()
        let settings = TransportSettings(
            connections: 3, commandTimeout: .seconds(30), messageTimeout: .seconds(30),
            trustedCertificates: postfix.certificate.certificate)
        let transport = try TransportAddress(parsing: "smtp://127.0.0.1:\(postfix.port)").makeTransport(settings: settings, environment: [:])
        let envelopes = try (0..<60).map { index in
            let recipient = index % 10 == 0 ? "membré\(index)@exemple.be" : "member\(index)@example.org"
            return try Envelope(
                sender: "bounces@smart.example", recipient: recipient,
                message: MailTransportContractTests.message(index, to: recipient), messageID: "m\(index)@smart.example")
        }
        let results = await withTaskGroup(of: DeliveryResult.self) { group in
            for envelope in envelopes { group.addTask { await transport.deliver(envelope) } }
            return await group.reduce(into: [DeliveryResult]()) { $0.append($1) }
        }
        await transport.close()
        let failed = results.filter { !$0.isSent }
        try #require(failed.isEmpty, "\(failed.count) not sent, the first: \(failed.first?.reply.description ?? "")")

        let deadline = ContinuousClock.now + .seconds(60)
        while try !postfix.queueIsEmpty() || postfix.delivered().count < envelopes.count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        let delivered = try postfix.delivered()
        #expect(delivered.count == envelopes.count, "\(postfix.log().suffix(2000))")
        for envelope in envelopes {
            let copies = delivered.filter { Self.deliveredTo($0) == envelope.recipient }
            #expect(copies.count == 1, "\(envelope.recipient) arrived \(copies.count) times")
            guard let copy = copies.first else { continue }
            #expect(copy.count > envelope.message.count && Array(copy.suffix(envelope.message.count)) == envelope.message,
                    "the message to \(envelope.recipient) changed on the way")
            #expect(String(decoding: copy, as: UTF8.self).contains("SMTPS id"), "sent without TLS")
        }
    }

    /// The `Delivered-To:` header Postfix puts on top.
    static func deliveredTo(_ bytes: [UInt8]) -> String? {
        String(decoding: bytes.prefix(4096), as: UTF8.self).split(separator: "\n")
            .first { $0.hasPrefix("Delivered-To: ") }.map { String($0.dropFirst("Delivered-To: ".count)) }
    }
}
