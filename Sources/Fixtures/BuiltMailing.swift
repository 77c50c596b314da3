import Crypto
public import Foundation

/// A mailing as `advocate build` leaves it for `send`: one `.eml` per recipient at
/// `OUT/<campaign>/mailings/<mailing>/<lang>/<n>.eml` and `OUT/<campaign>/manifest.json` listing
/// each with its SHA-256, size, stage and language. Deterministic: the same recipients give the
/// same bytes.
public enum BuiltMailing {
    /// One recipient: an address and a language.
    public typealias Recipient = (address: String, language: String)

    /// `count` recipients `person<n>@members.example`, languages fr, nl, en in turn.
    public static func recipients(_ count: Int) -> [Recipient] {
        (0..<count).map { ("person\($0)@members.example", ["fr", "nl", "en"][$0 % 3]) }
    }

    /// The Message-ID (without brackets) of the message to the recipient at `index`.
    public static func messageID(campaign: String, mailing: String, index: Int) -> String {
        "\(campaign).\(mailing).\(index)@advocate.invalid"
    }

    /// Writes the messages to `recipients` and the manifest under `out`; `edit` may change a
    /// message's body (the manifest follows), as a rebuild with other content would.
    public static func write(
        to out: URL, campaign: String, mailing: String, recipients: [Recipient],
        sender: String = "campagnes@smart.example", body: (Int) -> String = { "Bonjour, message \($0).\n" }
    ) throws {
        let folder = out.appendingPathComponent(campaign)
        var files: [[String: Any]] = []
        for (index, recipient) in recipients.enumerated() {
            let path = "mailings/\(mailing)/\(recipient.language)/\(index).eml"
            let message = """
                From: Campagnes <\(sender)>
                To: <\(recipient.address)>
                Subject: Lancement \(index)
                Date: Fri, 01 Nov 2024 09:00:00 +0000
                Message-ID: <\(messageID(campaign: campaign, mailing: mailing, index: index))>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: 8bit

                \(body(index))
                """
            let bytes = Data(message.utf8)
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            files.append(["path": path, "sha256": digest, "bytes": bytes.count, "stage": "mailing", "language": recipient.language])
        }
        files.sort { ($0["path"] as! String) < ($1["path"] as! String) }
        let manifest = try JSONSerialization.data(withJSONObject: ["campaign": campaign, "files": files], options: [.sortedKeys, .prettyPrinted])
        try manifest.write(to: folder.appendingPathComponent("manifest.json"))
    }
}
