internal import Crypto

/// A message's `Message-ID`, `<id@domain>`: derived from what the message is, never from the
/// clock or chance, so that a rebuild gives every message the same one.
public struct MessageID: Hashable, Sendable {
    /// The id without its angle brackets: `3f2a…@coop.example`.
    public let value: String

    /// The id of the message of `mailing` of `campaign` to `recipient`: 32 hexadecimal digits
    /// of the SHA-256 of the three (the address lower-cased), then `@domain`. Stable across
    /// rebuilds, different for any other campaign, mailing or recipient.
    public static func derived(campaign: String, mailing: String, recipient: String, domain: String) -> MessageID {
        var input = Array(campaign.utf8)
        input.append(0)
        input.append(contentsOf: mailing.utf8)
        input.append(0)
        input.append(contentsOf: recipient.lowercased().utf8)
        let digest = SHA256.hash(data: input).prefix(16)
        var hex = ""
        for byte in digest {
            hex.append(Character(Unicode.Scalar(Hex.lower[Int(byte >> 4)])))
            hex.append(Character(Unicode.Scalar(Hex.lower[Int(byte & 0xF)])))
        }
        return MessageID(value: hex + "@" + domain.lowercased())
    }

    /// The header's form: `<value>`.
    public var headerForm: String { "<" + value + ">" }
}

extension Hex {
    /// `0`–`9`, `a`–`f`.
    static let lower: [UInt8] = Array("0123456789abcdef".utf8)
}
