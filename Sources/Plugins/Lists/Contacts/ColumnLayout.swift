import AdvocacyCore

/// What each column of one file gives: the header resolved against the source's explicit
/// columns first, then the built-in synonyms; every other column is kept as an extra field.
struct ColumnLayout {
    /// The field of each column, in the file's order.
    let fields: [ContactField]
    /// The headers as written, trimmed.
    let headers: [String]

    /// Resolves `headers`. Fails when no column is the address, when two columns give the same
    /// field, or when an explicit column is not in the file.
    init(headers: [String], explicit: [String: ContactField], at location: SourceLocation) throws(CSVProblem) {
        let explicitByFold = Dictionary(explicit.map { (HeaderSynonyms.fold($0.key), $0.value) }) { first, _ in first }
        var fields: [ContactField] = []
        var isExplicit: [Bool] = []
        for (index, header) in headers.enumerated() {
            let folded = HeaderSynonyms.fold(header)
            if let field = explicitByFold[folded] {
                fields.append(field)
                isExplicit.append(true)
            } else {
                fields.append(HeaderSynonyms.field(for: header) ?? .extra(header.isEmpty ? "column \(index + 1)" : header))
                isExplicit.append(false)
            }
        }
        for header in explicit.keys.sorted() where !headers.contains(where: { HeaderSynonyms.fold($0) == HeaderSynonyms.fold(header) }) {
            throw CSVProblem(.unknownColumn(header, headers: headers), at: location)
        }
        // A field given by two columns: the explicit one wins over a synonym; two of a kind are ambiguous.
        var seen = Set<ContactField>()
        for field in fields where !Self.isExtra(field) && seen.insert(field).inserted {
            let columns = fields.indices.filter { fields[$0] == field }
            guard columns.count > 1 else { continue }
            let chosen = columns.filter { isExplicit[$0] }
            guard chosen.count == 1 else {
                let named = (chosen.isEmpty ? columns : chosen).map { headers[$0] }
                throw CSVProblem(.sameFieldTwice(field: field.description, columns: named), at: location)
            }
            for column in columns where column != chosen[0] { fields[column] = .extra(headers[column]) }
        }
        guard fields.contains(.email) else { throw CSVProblem(.noEmailColumn(headers: headers), at: location) }
        self.fields = fields
        self.headers = headers
    }

    private static func isExtra(_ field: ContactField) -> Bool {
        if case .extra = field { return true }
        return false
    }
}
