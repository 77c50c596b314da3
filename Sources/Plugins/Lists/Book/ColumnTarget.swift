/// Where the value of one column of a file goes in a ``RowBuilder``.
enum ColumnTarget {
    case address
    case cell(StoredField)
    case consentList
    /// Consent for one purpose, named by its lower-case bytes.
    case consent([UInt8])
    case termStart, termEnd
    /// An extra field, by the table's number for its column name.
    case extra(UInt32)

    /// The target of each column of `layout`, numbering new extra columns in `table`.
    static func plan(_ layout: ColumnLayout, numberingExtrasIn table: inout ContactTable) -> [ColumnTarget] {
        layout.fields.map { field in
            switch field {
            case .email: .address
            case .consents: .consentList
            case .consent(let purpose): .consent(Array(purpose.lowercased().utf8))
            case .termStart: .termStart
            case .termEnd: .termEnd
            case .extra(let name): .extra(table.extraNumber(name))
            default: .cell(StoredField(field)!)
            }
        }
    }
}
