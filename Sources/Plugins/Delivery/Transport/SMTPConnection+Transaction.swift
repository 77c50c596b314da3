import NIOCore

extension SMTPConnection {
    /// Sends one message: `MAIL FROM`, `RCPT TO`, `DATA` (in one write when the relay offers
    /// PIPELINING), the data, and the final reply. Returns the result and whether the connection
    /// can carry another message: a transaction that ended with the reply after the data leaves
    /// it ready for the next (RFC 5321 §4.1.1.4), and one refused on the way is reset with `RSET`.
    func transfer(_ envelope: Envelope) async -> (result: DeliveryResult, reusable: Bool) {
        if envelope.needsSMTPUTF8 && !extensions.keywords.contains("SMTPUTF8") {
            return (.permanentFailure(reply: RelayReply(
                explaining: "the address <\(envelope.recipient)> or the message's headers need SMTPUTF8, which the relay does not offer",
                step: .recipient)), true)
        }
        var mail = "MAIL FROM:<\(envelope.sender)>"
        if envelope.needsSMTPUTF8 { mail += " SMTPUTF8" }
        if envelope.hasEightBitData && extensions.keywords.contains("8BITMIME") { mail += " BODY=8BITMIME" }
        let commands = [mail, "RCPT TO:<\(envelope.recipient)>", "DATA"]
        let steps: [DeliveryStep] = [.sender, .recipient, .message]
        do {
            var responses: [SMTPResponse] = []
            if extensions.keywords.contains("PIPELINING") {
                try await send(Array(commands.map { $0 + "\r\n" }.joined().utf8))
                responses = try await replies(commands.count, within: timeouts.command, to: commands.map(Self.name).joined(separator: ", "))
            } else {
                for command in commands {
                    try await send(command: command)
                    let response = try await reply(within: timeouts.command, to: Self.name(command))
                    responses.append(response)
                    if command != "DATA" && !response.isPositive { break }
                }
            }
            for (response, step) in zip(responses, steps) where step != .message && !response.isPositive {
                return (response.result(at: step), try await recover(after: responses.last, data: responses.count == commands.count))
            }
            guard let dataReply = responses.last, responses.count == commands.count, dataReply.code == 354 else {
                let response = responses.last ?? SMTPResponse(code: 451, lines: [])
                let result = response.isPositive
                    ? .temporaryFailure(reply: RelayReply(explaining: "the relay answered DATA with \(response.code) instead of 354", step: .message))
                    : response.result(at: .message)
                return (result, try await recover(after: nil, data: false))
            }
            try await send(SMTPMessageData.encode(envelope.message))
            let final = try await reply(within: timeouts.message, to: "the end of the message")
            return (final.result(at: .message), final.code != 421)
        } catch {
            await abandon()
            return (.temporaryFailure(reply: RelayReply(explaining: "\(error)", step: .message)), false)
        }
    }

    /// After a refused sender or recipient: ends a `DATA` the relay wrongly accepted with an
    /// empty message to nobody, then `RSET`. True when the connection is still good.
    private func recover(after last: SMTPResponse?, data: Bool) async throws -> Bool {
        if data, last?.code == 354 {
            try await send(Array(".\r\n".utf8))
            _ = try await reply(within: timeouts.message, to: "the end of an empty message")
        }
        try await send(command: "RSET")
        return try await reply(within: timeouts.command, to: "RSET").isPositive
    }

    private static func name(_ command: String) -> String {
        String(command.prefix { $0 != ":" && $0 != " " }) + (command.hasPrefix("MAIL") ? " FROM" : command.hasPrefix("RCPT") ? " TO" : "")
    }
}
