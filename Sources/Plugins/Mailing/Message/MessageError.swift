/// Why a message cannot be made: a value bound for a header holds a line break, an address is
/// not one, a placeholder is not closed. The message is never written; the caller names the
/// recipient or the campaign's file and line, and the sentence here says what is wrong.
public struct MessageError: Error, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Equatable, Sendable {
        /// A value bound for the header `field` holds a CR, an LF or a NUL, which would end the
        /// header and start another (`Bcc: …`).
        case lineBreakInHeader(field: String)
        /// `address` is not a mail address; `why` finishes "… because …".
        case invalidAddress(address: String, why: String)
        /// A value of the header `field` cannot be written as it is; `why` finishes the sentence.
        case invalidHeaderValue(field: String, why: String)
        /// A `{{` at UTF-8 offset `offset` of a template has no `}}`, or holds no name.
        case malformedPlaceholder(offset: Int, why: String)
        /// The placeholder `name` has no value for this recipient.
        case missingValue(name: String)
    }

    /// What is wrong.
    public var reason: Reason

    /// An error for `reason`.
    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The problem in one sentence.
    public var description: String {
        switch reason {
        case .lineBreakInHeader(let field):
            "the value for the '\(field)' header holds a line break or a NUL, which could add headers to the message; remove it from the data"
        case .invalidAddress(let address, let why):
            "'\(address.debugDescription.dropFirst().dropLast())' is not a mail address because \(why)"
        case .invalidHeaderValue(let field, let why):
            "the '\(field)' header cannot be written because \(why)"
        case .malformedPlaceholder(let offset, let why):
            "the placeholder at byte \(offset) of the template \(why)"
        case .missingValue(let name):
            "the placeholder '{{\(name)}}' has no value for this recipient"
        }
    }
}
