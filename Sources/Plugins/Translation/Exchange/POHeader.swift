import AdvocacyCore

/// The fields of a PO file's header entry (`msgid ""`), each with the place it is written.
struct POHeader {
    /// The fields in order: name, value, and where the quoted piece holding it starts.
    private(set) var fields: [(name: String, value: String, location: SourceLocation)] = []

    /// Splits the header's `msgstr` into `Name: value` lines; a line without a colon is reported.
    init(_ field: POEntry.Field, reporting report: (String, SourceLocation) -> Void) {
        let bytes = field.bytes + [0x0A]
        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            let location = field.pieces.last { $0.start <= lineStart }?.location ?? field.location
            let line = String(decoding: bytes[lineStart..<index], as: UTF8.self)
            lineStart = index + 1
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            guard let colon = line.firstIndex(of: ":") else {
                report("the header line '\(line)' is not of the form 'Name: value'", location)
                continue
            }
            let value = line[line.index(after: colon)...].trimmingBlanks()
            fields.append((String(line[..<colon]).trimmingBlanks(), value, location))
        }
    }

    /// The first field called `name`, ignoring case, with its location.
    subscript(name: String) -> (value: String, location: SourceLocation)? {
        fields.first { $0.name.lowercased() == name.lowercased() }.map { ($0.value, $0.location) }
    }
}
