/// A mailing list's identity for `List-Id` (RFC 2919): an optional description and a
/// dot-atom id, `Decent work <letter.decent-work.coop.example>`.
public struct ListID: Hashable, Sendable {
    /// The human description; `nil` when none.
    public let description: String?
    /// The id: ASCII letters, digits, `-` and dots, such as `letter.decent-work.coop.example`.
    public let identifier: String

    /// Checks `identifier` (a dot-atom of letters, digits and `-`) and `description` (no line break).
    public init(_ identifier: String, description: String? = nil) throws(MessageError) {
        let bytes = Array(identifier.utf8)
        let valid = !bytes.isEmpty && bytes.count <= 255 && bytes.first != 0x2E && bytes.last != 0x2E
            && bytes.allSatisfy { AddressNormaliser.isLDH($0) || $0 == 0x2E }
            && !identifier.contains("..")
        guard valid else {
            throw MessageError(.invalidHeaderValue(field: "List-Id", why: "'\(identifier.debugDescription.dropFirst().dropLast())' is not a list id: it must be letters, digits, '-' and single dots"))
        }
        if let description, HeaderText.hasLineBreak(description) { throw MessageError(.lineBreakInHeader(field: "List-Id")) }
        self.identifier = identifier
        self.description = description.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// Where a recipient unsubscribes (RFC 2369 `List-Unsubscribe`): an https URL, which RFC 8058
/// lets a mail client call in one click (`List-Unsubscribe-Post: List-Unsubscribe=One-Click`),
/// and a `mailto:` URL; at least one.
public struct ListUnsubscribe: Hashable, Sendable {
    /// The https URL, token included; `nil` when only mail unsubscribes.
    public let https: String?
    /// The `mailto:` URL; `nil` when only the web unsubscribes.
    public let mailto: String?

    /// Checks both URLs: `https` must start with `https://`, `mailto` with `mailto:`; both
    /// printable ASCII without spaces, `<`, `>` or `,` (percent-encode them), at most 900 bytes.
    public init(https: String?, mailto: String?) throws(MessageError) {
        guard https != nil || mailto != nil else {
            throw MessageError(.invalidHeaderValue(field: "List-Unsubscribe", why: "it needs an https URL, a mailto URL or both"))
        }
        for (url, scheme) in [(https, "https://"), (mailto, "mailto:")] {
            guard let url else { continue }
            if HeaderText.hasLineBreak(url) { throw MessageError(.lineBreakInHeader(field: "List-Unsubscribe")) }
            let plain = url.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x3C && $0 != 0x3E && $0 != 0x2C }
            guard url.lowercased().hasPrefix(scheme), url.utf8.count > scheme.count, plain, url.utf8.count <= 900 else {
                throw MessageError(.invalidHeaderValue(
                    field: "List-Unsubscribe",
                    why: "'\(url.debugDescription.dropFirst().dropLast())' is not a \(scheme) URL of printable ASCII without spaces, '<', '>' or ',' (percent-encode them) and at most 900 bytes"))
            }
        }
        self.https = https
        self.mailto = mailto
    }
}
