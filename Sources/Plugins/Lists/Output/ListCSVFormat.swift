/// How a list is written as CSV.
public struct ListCSVFormat: Hashable, Sendable {
    /// Which program the file is for.
    public enum Style: Hashable, Sendable {
        /// UTF-8 without a byte order mark, `,` between fields, CRLF after each record (RFC 4180).
        case standard
        /// What Excel opens correctly where the decimal separator is a comma (Belgium, France):
        /// a UTF-8 byte order mark, `;` between fields, CRLF after each record.
        case excel
    }

    /// The columns a list has unless the campaign says otherwise.
    public static let defaultColumns: [ContactField] = [
        .email, .language, .salutation, .firstName, .lastName, .organisation, .role, .institution, .constituency, .party,
    ]

    /// Which program the file is for.
    public var style: Style
    /// The columns, in order, headed by their keys (`email`, `first_name`…). The `language`
    /// column holds the language the contact gets, which routing may have chosen for them.
    public var columns: [ContactField]

    /// A format; by default the standard style with the default columns.
    public init(style: Style = .standard, columns: [ContactField] = ListCSVFormat.defaultColumns) {
        self.style = style
        self.columns = columns
    }

    var delimiter: UInt8 { style == .excel ? 0x3B : 0x2C }
}
