import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// The contract of ``MailTransport``, run against every implementation: what a sender such as
/// `advocate send` relies on, whichever way the messages leave.
@Suite("Mail transport contract")
struct MailTransportContractTests {
    /// A message with what trips a careless transport: lines that start with a dot, a line that
    /// is only a dot, non-ASCII text, a long line, an empty line at the end.
    static func message(_ index: Int, to recipient: String) -> [UInt8] {
        Array("""
        From: Campagnes <campagnes@smart.example>
        To: <\(recipient)>
        Subject: Message \(index)
        Message-ID: <m\(index)@smart.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: 8bit

        Bonjour \(index),
        .
        .. deux points
        .un point au début
        Économie sociale — travail décent. \(String(repeating: "x", count: 900))

        """.utf8)
    }

    static func envelope(_ index: Int) throws -> Envelope {
        let recipient = "member\(index)@example.org"
        return try Envelope(
            sender: "bounces@smart.example", recipient: recipient, message: message(index, to: recipient),
            messageID: "m\(index)@smart.example")
    }

    @Test("each message arrives once, byte for byte, with its envelope, from several tasks at once", arguments: TransportUnderTest.all)
    func deliversEveryMessageOnce(_ implementation: TransportUnderTest) async throws {
        let project = try TemporaryProject()
        let rig = try implementation.make(project.root, 3)
        let envelopes = try (0..<10).map(Self.envelope)
        let transport = rig.transport
        let results = await withTaskGroup(of: (Int, DeliveryResult).self) { group in
            for (index, envelope) in envelopes.enumerated() {
                group.addTask { (index, await transport.deliver(envelope)) }
            }
            var results = [Int: DeliveryResult]()
            for await (index, result) in group { results[index] = result }
            return results
        }
        await rig.transport.close()
        for index in envelopes.indices {
            #expect(results[index]?.isSent == true, "message \(index): \(String(describing: results[index]))")
        }
        let received = try rig.received().sorted { $0.recipient < $1.recipient }
        #expect(received.count == envelopes.count)
        for envelope in envelopes {
            let copies = received.filter { $0.recipient == envelope.recipient }
            #expect(copies.count == 1, "\(envelope.recipient) received \(copies.count) copies")
            #expect(copies.first?.sender == envelope.sender)
            #expect(copies.first?.bytes == envelope.message, "the bytes of \(envelope.recipient) changed on the way")
        }
    }

    @Test("a refusal for good is a permanent failure, one for now a temporary one, and nothing arrives", arguments: TransportUnderTest.all)
    func refusals(_ implementation: TransportUnderTest) async throws {
        let project = try TemporaryProject()
        let rig = try implementation.make(project.root, 1)
        let envelope = try Self.envelope(1)
        try rig.refuse(envelope.recipient, true)
        let permanent = await rig.transport.deliver(envelope)
        try rig.refuse(envelope.recipient, false)
        let temporary = await rig.transport.deliver(envelope)
        let other = await rig.transport.deliver(try Self.envelope(2))
        await rig.transport.close()
        guard case .permanentFailure(let reply) = permanent else { Issue.record("got \(permanent)"); return }
        #expect(reply.code.map { (500..<600).contains($0) } ?? true)
        guard case .temporaryFailure(let reply) = temporary else { Issue.record("got \(temporary)"); return }
        #expect(reply.code.map { (400..<500).contains($0) } ?? true)
        #expect(other.isSent, "a refused recipient must not spoil the next message: \(other)")
        #expect(try rig.received().map(\.recipient) == ["member2@example.org"])
        for result in [permanent, temporary, other] {
            #expect(!result.reply.description.contains("hunter2"), "a reply shows the password: \(result.reply)")
        }
    }

    @Test("after close, a delivery is a temporary failure and nothing arrives", arguments: TransportUnderTest.all)
    func closed(_ implementation: TransportUnderTest) async throws {
        let project = try TemporaryProject()
        let rig = try implementation.make(project.root, 2)
        await rig.transport.close()
        let result = await rig.transport.deliver(try Self.envelope(1))
        guard case .temporaryFailure = result else { Issue.record("got \(result)"); return }
        #expect(try rig.received().isEmpty)
    }
}
