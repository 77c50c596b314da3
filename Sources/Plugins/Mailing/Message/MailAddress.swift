/// A mail address as a message's headers carry it: an optional display name and an addr-spec
/// (`local@domain`), checked once when made.
///
/// The local part is a dot-atom (ASCII `atext`, or any non-ASCII letter, which then needs
/// SMTPUTF8) or a quoted string; the domain is kept in its ASCII (punycode) form, through IDNA.
public struct MailAddress: Hashable, Sendable {
    /// The name shown beside the address, such as `Sophie Dubois`; `nil` when none.
    public let displayName: String?
    /// The local part as written, quotes included when it is quoted.
    public let localPart: String
    /// The domain in its ASCII form: `xn--cooprative-d7a.example`.
    public let domain: String

    /// The address `local@domain`, without the name.
    public var addrSpec: String { localPart + "@" + domain }

    /// Whether the local part holds non-ASCII characters, so that the message can only go to
    /// a server that announces SMTPUTF8 (RFC 6531), with the address as UTF-8 in the headers.
    public var needsSMTPUTF8: Bool { !localPart.utf8.allSatisfy { $0 < 0x80 } }

    /// Checks `address` (`local@domain`, no name and no angle brackets) and keeps `displayName`
    /// beside it; throws with the reason when it is not an address or either holds a CR, an LF
    /// or a NUL.
    public init(_ address: String, displayName: String? = nil) throws(MessageError) {
        func invalid(_ why: String) -> MessageError { MessageError(.invalidAddress(address: address, why: why)) }
        if let displayName, HeaderText.hasLineBreak(displayName) {
            throw MessageError(.invalidHeaderValue(field: "display name", why: "the name '\(displayName.debugDescription.dropFirst().dropLast())' holds a line break or a NUL"))
        }
        guard !HeaderText.hasLineBreak(address) else { throw invalid("it holds a line break or a NUL") }
        guard address.utf8.count <= 254 else { throw invalid("it is longer than 254 bytes") }
        guard let at = address.lastIndex(of: "@") else { throw invalid("it has no '@'") }
        let local = String(address[..<at]), written = String(address[address.index(after: at)...])
        guard !local.isEmpty else { throw invalid("there is nothing before the '@'") }
        guard !written.isEmpty else { throw invalid("there is no domain after the '@'") }
        if local.hasPrefix("\"") {
            if let problem = Self.quotedLocalPartProblem(local) { throw invalid(problem) }
        } else if let problem = AddressNormaliser.localPartProblem(local.unicodeScalars, bytes: local.utf8.count) {
            throw invalid(problem)
        }
        var ascii: String
        switch IDNA.ascii(written) {
        case .success(let domain): ascii = domain
        case .failure(let failure): throw invalid("its domain '\(written)' is not valid: \(failure.message)")
        }
        if let problem = ascii.withUTF8({ AddressNormaliser.domainProblem($0) }) { throw invalid(problem) }
        self.displayName = displayName.flatMap { $0.isEmpty ? nil : $0 }
        localPart = local
        domain = ascii
    }

    /// Why a quoted local part (`"jo smith"`) is not one, or `nil`: printable ASCII or non-ASCII
    /// text between the quotes, `\` only before a character it quotes.
    private static func quotedLocalPartProblem(_ local: String) -> String? {
        guard local.utf8.count <= 64 else { return "its local part is longer than 64 bytes" }
        let bytes = Array(local.utf8)
        guard bytes.count >= 2, bytes.last == 0x22 else { return "its quoted local part has no closing quote" }
        var i = 1
        while i < bytes.count - 1 {
            let byte = bytes[i]
            if byte == 0x5C {
                guard i + 1 < bytes.count - 1 else { return "its quoted local part ends with a lone '\\'" }
                i += 2
                continue
            }
            guard byte != 0x22 else { return "its quoted local part has a quote inside that is not escaped" }
            guard byte >= 0x20, byte != 0x7F else { return "its quoted local part holds a control character" }
            i += 1
        }
        return nil
    }
}
