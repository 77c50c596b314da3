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
    public var code: String {
        switch reason {
        case .noConsent: "no-consent"
        case .suppressed: "suppressed"
        case .noLanguage: "no-language"
        }
    }

    /// The reason as a sentence.
    public var message: String {
        switch reason {
        case .noConsent(let purpose):
            "\(address) has not consented to '\(purpose)'."
        case .suppressed(let why, let since):
            "\(address) is on the suppression list" + (why == .listed ? "" : " (\(why.rawValue)") + (since.map { " since \($0)" } ?? "")
                + (why == .listed ? "." : ").")
        case .noLanguage(let language):
            language.isEmpty
                ? "\(address) has no language, and neither its source nor the fallbacks give one the campaign has."
                : "\(address) reads '\(language)', which the campaign does not have, and no fallback serves it."
        }
    }

    /// `path:line: row N: message`.
    public var description: String { "\(origin): \(message)" }
}
