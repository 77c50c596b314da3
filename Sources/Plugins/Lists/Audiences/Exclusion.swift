/// A contact who matched an audience's filter but was left out of its list, and why.
public struct Exclusion: Hashable, Sendable, CustomStringConvertible {
    /// Why a contact was left out.
    public enum Reason: Hashable, Sendable {
        /// No consent for the audience's purpose.
        case noConsent(purpose: String)
        /// On the suppression list.
        case suppressed(SuppressionList.Reason, since: CalendarDay?)
        /// None of the campaign's languages serves the contact's language (empty if unknown).
        case noLanguage(String)
        /// A member of an audience this one leaves out (`exclude:`).
        case inAudience(String)
    }

    /// The contact's address.
    public var address: String
    /// The row the contact was first read from.
    public var origin: RowOrigin
    /// Why.
    public var reason: Reason

    /// An exclusion.
    public init(address: String, origin: RowOrigin, reason: Reason) {
        self.address = address
        self.origin = origin
        self.reason = reason
    }

    /// A stable name for the reason, for reports: `no-consent`, `suppressed`, `no-language`.
    public var code: String { Self.code(for: reason) }

    /// The stable name for `reason`.
    static func code(for reason: Reason) -> String {
        switch reason {
        case .noConsent: "no-consent"
        case .suppressed: "suppressed"
        case .noLanguage: "no-language"
        case .inAudience: "excluded-audience"
        }
    }

    /// The reason, in words that follow the address: "has not consented to 'newsletter'".
    public var message: String { Self.message(for: reason) }

    /// The words for `reason`.
    static func message(for reason: Reason) -> String {
        switch reason {
        case .noConsent(let purpose):
            return "has not consented to '\(purpose)'"
        case .suppressed(let why, let since):
            let details = [why == .listed ? nil : why.rawValue, since.map { "since \($0)" }].compactMap { $0 }
            return "is on the suppression list" + (details.isEmpty ? "" : " (\(details.joined(separator: " ")))")
        case .noLanguage(let language):
            return language.isEmpty
                ? "has no language, and neither its source nor the fallbacks give one the campaign has"
                : "reads '\(language)', which the campaign does not have, and no fallback serves it"
        case .inAudience(let audience):
            return "is in the audience '\(audience)', which this one leaves out"
        }
    }

    /// `path:line: row N: address message.`
    public var description: String { "\(origin): \(address) \(message)." }
}
