import Foundation

extension SMTPConnection {
    /// Logs in with `AUTH PLAIN`, or `AUTH LOGIN` when the relay offers only that. No reply or
    /// failure text ever holds the password: only the relay's own words are kept.
    func authenticate(_ credentials: SMTPCredentials, relay: SMTPRelay) async throws {
        let mechanisms = extensions.authMechanisms
        if mechanisms.contains("PLAIN") {
            let token = Data(([0] + Array(credentials.user.utf8) + [0] + Array(credentials.password.utf8))).base64EncodedString()
            try await send(command: "AUTH PLAIN \(token)")
        } else if mechanisms.contains("LOGIN") {
            try await send(command: "AUTH LOGIN")
            try await challenge()
            try await send(command: Data(credentials.user.utf8).base64EncodedString())
            try await challenge()
            try await send(command: Data(credentials.password.utf8).base64EncodedString())
        } else {
            throw OpeningFailure(result: .temporaryFailure(reply: RelayReply(
                explaining: "the relay \(relay.host):\(relay.port) offers no login advocate knows (PLAIN, LOGIN) for \(credentials); it offers: \(mechanisms.sorted().joined(separator: " ").isEmpty ? "none" : mechanisms.sorted().joined(separator: " "))",
                step: .authentication)))
        }
        let response = try await reply(within: timeouts.command, to: "AUTH")
        guard response.isPositive else { throw OpeningFailure(result: response.result(at: .authentication)) }
    }

    private func challenge() async throws {
        let response = try await reply(within: timeouts.command, to: "AUTH LOGIN")
        guard response.code == 334 else { throw OpeningFailure(result: response.result(at: .authentication)) }
    }
}
