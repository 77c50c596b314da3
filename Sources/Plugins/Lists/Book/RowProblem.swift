/// Something wrong with one row of a contacts file: either the row is rejected, with the reason,
/// or one of its values could not be read and was left out.
public struct RowProblem: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        /// The row has no address: rejected.
        case missingAddress
        /// The address is not one mail can be sent to: rejected. `why` finishes a sentence.
        case invalidAddress(String, why: String)
        /// More fields than the header has columns, as when a delimiter is unquoted: rejected.
        case tooManyFields(found: Int, expected: Int)
        /// A field longer than ``ContactSource/fieldLimit``: rejected.
        case oversizedField(column: String, bytes: Int)
        /// A date that is not a day: the value is left out, the row kept.
        case unreadableDate(column: String, value: String)
        /// A consent that is not yes, no or a day: taken as no consent, the row kept.
        case unreadableConsent(column: String, value: String)
    }

    /// The row.
    public var origin: RowOrigin
    /// What is wrong with it.
    public var reason: Reason

    /// A problem with a row.
    public init(_ reason: Reason, at origin: RowOrigin) {
        self.reason = reason
        self.origin = origin
    }

    /// Whether the row was left out because of it.
    public var rejectsRow: Bool {
        switch reason {
        case .missingAddress, .invalidAddress, .tooManyFields, .oversizedField: true
        case .unreadableDate, .unreadableConsent: false
        }
    }

    /// A stable name for the kind of problem, for reports: `invalid-address`…
    public var code: String {
        switch reason {
        case .missingAddress: "missing-address"
        case .invalidAddress: "invalid-address"
        case .tooManyFields: "too-many-fields"
        case .oversizedField: "oversized-field"
        case .unreadableDate: "unreadable-date"
        case .unreadableConsent: "unreadable-consent"
        }
    }

    /// A whole sentence saying what is wrong and what happened to the row.
    public var message: String {
        switch reason {
        case .missingAddress:
            "the row has no email address, so it was left out."
        case .invalidAddress(let address, let why):
            "'\(address)' is not a valid email address (\(why)), so the row was left out."
        case .tooManyFields(let found, let expected):
            "the row has \(found) fields but the header has \(expected) columns, so it was left out; "
                + "a field that holds the delimiter must be in quotes."
        case .oversizedField(let column, let bytes):
            "column '\(column)' holds \(bytes) bytes, more than the \(ContactSource.fieldLimit) a contact field may, "
                + "so the row was left out."
        case .unreadableDate(let column, let value):
            "column '\(column)' holds '\(value)', which is not a day (write 2024-07-16 or 16/07/2024), so it was left empty."
        case .unreadableConsent(let column, let value):
            "column '\(column)' holds '\(value)', which is not yes, no or the day consent was given, "
                + "so it was taken as no consent."
        }
    }

    /// `path:line: row N: message`.
    public var description: String { "\(origin): \(message)" }
}
