/// A contact's agreement to be written to for one purpose.
public struct Consent: Hashable, Sendable {
    /// What the contact agreed to, such as `newsletter`; lower-case.
    public var purpose: String
    /// The day it was given, when the export says.
    public var given: CalendarDay?

    /// A consent for `purpose`, given on `given` if known.
    public init(purpose: String, given: CalendarDay? = nil) {
        self.purpose = purpose
        self.given = given
    }
}
