public import AdvocacyCore

/// One message on its way to one recipient: the envelope a relay sees (sender, recipient) and
/// the message bytes exactly as the mailing stage built them.
///
/// The bytes keep the build's line ends (LF); a transport turns them into what its wire needs
/// (CRLF and dot-stuffing for SMTP, local line ends for sendmail). Addresses are checked when the
/// envelope is made, so no transport ever puts a line break, a space or an option into a command.
public struct Envelope: Sendable, Equatable {
    /// The envelope sender (`MAIL FROM`, sendmail's `-f`): where bounces go.
    public let sender: String
    /// The one recipient (`RCPT TO`, sendmail's argument after `--`).
    public let recipient: String
    /// The whole message, headers and body, as built.
    public let message: [UInt8]
    /// The message's `Message-ID`, without angle brackets: what the journal and bounces match on.
    public let messageID: String
    /// Whether the relay must offer SMTPUTF8: an address, or the header section, is not ASCII.
    public let needsSMTPUTF8: Bool
    /// Whether the message has bytes outside ASCII, which SMTP announces as `BODY=8BITMIME`.
    public let hasEightBitData: Bool

    /// An envelope for `message`, sent by `sender` to `recipient`.
    /// - Throws: ``AdvocateError/Kind/invalidInput`` when an address is empty, holds a space, a
    ///   control character or angle brackets, starts with `-`, or has no `@`.
    public init(sender: String, recipient: String, message: [UInt8], messageID: String) throws(AdvocateError) {
        try Self.check(sender, role: "envelope sender")
        try Self.check(recipient, role: "recipient")
        self.sender = sender
        self.recipient = recipient
        self.message = message
        self.messageID = messageID
        let eightBitHeaders = Self.headerSection(of: message).contains { $0 >= 0x80 }
        needsSMTPUTF8 = !sender.utf8.allSatisfy { $0 < 0x80 } || !recipient.utf8.allSatisfy { $0 < 0x80 } || eightBitHeaders
        hasEightBitData = message.contains { $0 >= 0x80 }
    }

    /// The bytes before the first empty line.
    private static func headerSection(of message: [UInt8]) -> ArraySlice<UInt8> {
        var index = message.startIndex
        while index < message.endIndex {
            if message[index] == 0x0A, index + 1 < message.endIndex,
               message[index + 1] == 0x0A || (message[index + 1] == 0x0D && index + 2 < message.endIndex && message[index + 2] == 0x0A) {
                return message[..<index]
            }
            index += 1
        }
        return message[...]
    }

    private static func check(_ address: String, role: String) throws(AdvocateError) {
        let problem: String? =
            if address.isEmpty { "is empty" }
            else if address.hasPrefix("-") { "starts with '-'" }
            else if address.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " || $0 == "<" || $0 == ">" || $0.properties.isWhitespace }) {
                "holds a space, a control character or an angle bracket"
            }
            else if !address.contains("@") || address.hasSuffix("@") || address.hasPrefix("@") { "is not of the form local@domain" }
            else { nil }
        if let problem {
            throw AdvocateError(.invalidInput, "the \(role) address '\(address.debugDescription.dropFirst().dropLast())' \(problem); give a plain address such as name@example.org")
        }
    }
}
