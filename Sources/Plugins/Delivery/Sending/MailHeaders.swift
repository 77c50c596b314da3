/// The header section of a mail message, read strictly and within bounds: folded lines
/// unfolded, names compared without case, at most ``limit`` bytes and ``maximumFields`` fields.
/// A message is untrusted data (returned mail above all), so nothing here grows without bound.
struct MailHeaders: Sendable {
    /// The most bytes a header section may take.
    static let limit = 256 * 1024
    /// The most fields a header section may hold.
    static let maximumFields = 2_000

    /// The fields in order, names as written.
    private(set) var fields: [(name: String, value: String)] = []
    /// Where the body starts, as an index of the bytes read: just after the blank line, or their end.
    private(set) var bodyStart: Int

    /// Reads the header section at the start of `bytes`; `nil` when it passes the bounds or
    /// holds a line that is no field.
    init?(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        var current: [UInt8] = []
        var parsed: [(String, String)] = []
        func finish() -> Bool {
            guard !current.isEmpty else { return true }
            guard let colon = current.firstIndex(of: 0x3A), colon > 0 else { return false }
            let name = String(decoding: current[..<colon], as: UTF8.self)
            guard name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
            let value = String(decoding: current[(colon + 1)...], as: UTF8.self).trimmingSpaces
            parsed.append((name, value))
            current.removeAll(keepingCapacity: true)
            return parsed.count <= Self.maximumFields
        }
        while index < bytes.endIndex {
            guard index - bytes.startIndex < Self.limit else { return nil }
            var end = index
            while end < bytes.endIndex, bytes[end] != 0x0A { end += 1 }
            var line = bytes[index..<end]
            if line.last == 0x0D { line = line.dropLast() }
            index = end < bytes.endIndex ? end + 1 : end
            if line.isEmpty {
                guard finish() else { return nil }
                fields = parsed
                bodyStart = index
                return
            }
            if line.first == 0x20 || line.first == 0x09 {
                guard !current.isEmpty else { return nil }
                current.append(0x20)
                current.append(contentsOf: line.drop { $0 == 0x20 || $0 == 0x09 })
            } else {
                guard finish() else { return nil }
                current.append(contentsOf: line)
            }
        }
        guard finish() else { return nil }
        fields = parsed
        bodyStart = index
    }

    /// The first value of the field `name`, any case.
    subscript(_ name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// A Message-ID field's value without its angle brackets and spaces.
    static func messageID(in value: String) -> String {
        var text = value.trimmingSpaces
        if text.hasPrefix("<"), let close = text.firstIndex(of: ">") { text = String(text[text.index(after: text.startIndex)..<close]) }
        return text
    }

    /// The address in a mailbox field value: the one in angle brackets, or the whole value.
    static func address(in value: String) -> String? {
        let text: Substring
        if let open = value.lastIndex(of: "<"), let close = value[open...].firstIndex(of: ">") {
            text = value[value.index(after: open)..<close]
        } else {
            text = Substring(value)
        }
        let address = String(text).trimmingSpaces
        guard address.contains("@"), !address.contains(where: { $0 == " " || $0 == "," || $0 == "\r" || $0 == "\n" }) else { return nil }
        return address
    }
}

extension String {
    /// The text without spaces and tabs at either end.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
