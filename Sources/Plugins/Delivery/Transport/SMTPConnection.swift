import NIOCore
import NIOPosix
import NIOSSL

/// One open, greeted (and, unless insecure, encrypted and logged-in) connection to a relay.
/// Used by one delivery at a time; the pool hands it from one to the next.
struct SMTPConnection: Sendable {
    /// What the relay offered in its last `EHLO` reply.
    struct Extensions: Sendable {
        var keywords: Set<String>
        var authMechanisms: Set<String>

        init(_ response: SMTPResponse) {
            var keywords = Set<String>()
            var mechanisms = Set<String>()
            for line in response.lines.dropFirst() {
                let words = line.uppercased().split(separator: " ")
                guard let keyword = words.first else { continue }
                keywords.insert(String(keyword))
                if keyword == "AUTH" { mechanisms.formUnion(words.dropFirst().map(String.init)) }
            }
            self.keywords = keywords
            authMechanisms = mechanisms
        }
    }

    let channel: any Channel
    let replies: NIOLoopBound<SMTPReplyHandler>
    let extensions: Extensions
    let timeouts: (command: TimeAmount, message: TimeAmount)

    /// Writes `text` (commands, each ending in CRLF) in one flush.
    func send(_ bytes: [UInt8]) async throws {
        try await channel.writeAndFlush(channel.allocator.buffer(bytes: bytes))
    }

    /// Writes one command line.
    func send(command: String) async throws {
        try await send(Array((command + "\r\n").utf8))
    }

    /// The relay's next reply, waiting at most `timeout`.
    func reply(within timeout: TimeAmount, to what: String) async throws -> SMTPResponse {
        let replies = replies
        let eventLoop = channel.eventLoop
        return try await eventLoop.flatSubmit { replies.value.nextReply(on: eventLoop, within: timeout, waitingFor: what) }.get()
    }

    /// The relay's next `count` replies, in one hop to the event loop.
    func replies(_ count: Int, within timeout: TimeAmount, to what: String) async throws -> [SMTPResponse] {
        let replies = replies
        let eventLoop = channel.eventLoop
        return try await eventLoop.flatSubmit { replies.value.nextReplies(count, on: eventLoop, within: timeout, waitingFor: what) }.get()
    }

    /// `QUIT`, then closes the connection, whatever the relay answers.
    func quit() async {
        if channel.isActive {
            try? await send(command: "QUIT")
            _ = try? await reply(within: timeouts.command, to: "QUIT")
        }
        try? await channel.close()
    }

    /// Closes at once.
    func abandon() async {
        try? await channel.close()
    }
}
