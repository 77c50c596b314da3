import AdvocacyCore

/// A cursor over the characters of an XML document that knows each one's line and column.
struct XMLScanner {
    let file: String
    /// The document's characters, lines joined by `\n`.
    let scalars: [Unicode.Scalar]
    /// Where each line starts in ``scalars``.
    private let lineStarts: [Int]
    /// The position of the next character to read.
    var index = 0

    /// A scanner over a file's lines, as ``ExchangeText`` split them.
    init(lines: [[Unicode.Scalar]], file: String) {
        var scalars: [Unicode.Scalar] = []
        var lineStarts: [Int] = []
        for line in lines {
            if !lineStarts.isEmpty { scalars.append("\n") }
            lineStarts.append(scalars.count)
            scalars += line
        }
        self.file = file
        self.scalars = scalars
        self.lineStarts = lineStarts
    }

    /// The next character, if any.
    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// The line and column of a position.
    func location(_ position: Int) -> SourceLocation {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(file: file, line: low + 1, column: position - lineStarts[low] + 1)
    }

    /// A problem at `position`, or at the next character.
    func error(_ message: String, at position: Int? = nil) -> XMLSyntaxError {
        XMLSyntaxError(location: location(position ?? index), message: message)
    }

    /// Whether the text ahead starts with `text`.
    func looks(at text: String) -> Bool {
        var position = index
        for scalar in text.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// Reads `text` if it comes next.
    mutating func skip(_ text: String) -> Bool {
        guard looks(at: text) else { return false }
        index += text.unicodeScalars.count
        return true
    }

    /// Reads `text`, which must come next.
    mutating func expect(_ text: String, _ message: String) throws(XMLSyntaxError) {
        guard skip(text) else { throw error(message) }
    }

    /// Reads blanks; whether there were any.
    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = index
        while let scalar = current, XMLCharacters.isSpace(scalar) { index += 1 }
        return index > start
    }

    /// Reads a name, prefixed or not.
    mutating func name() throws(XMLSyntaxError) -> String {
        let start = index
        guard let first = current, XMLCharacters.isNameStart(first) else {
            throw error("a name was expected here")
        }
        while let scalar = current, XMLCharacters.isName(scalar) { index += 1 }
        let name = String(String.UnicodeScalarView(scalars[start..<index]))
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts.contains(where: \.isEmpty) else {
            throw error("the name '\(name)' is not a valid namespaced name", at: start)
        }
        return name
    }

    /// The characters up to `terminator`, which is read too.
    mutating func text(until terminator: String, in construct: String) throws(XMLSyntaxError) -> [Unicode.Scalar] {
        let start = index
        while !looks(at: terminator) {
            guard current != nil else { throw error("this \(construct) is not closed with \(terminator)", at: start) }
            index += 1
        }
        defer { index += terminator.unicodeScalars.count }
        return Array(scalars[start..<index])
    }

    /// The character a reference stands for, the `&` being next: one of the five predefined
    /// entities or a numeric character reference. No other entity exists, as no DTD is read.
    mutating func reference() throws(XMLSyntaxError) -> Unicode.Scalar {
        let start = index
        index += 1
        if skip("#") {
            let radix = skip("x") ? 16 : 10
            let digitsStart = index
            while let scalar = current, scalar.properties.isASCIIHexDigit { index += 1 }
            let digits = String(String.UnicodeScalarView(scalars[digitsStart..<index]))
            guard skip(";"), let value = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(value),
                  XMLCharacters.isAllowed(scalar)
            else {
                throw error("this character reference does not name a character XML allows; write &#233; or &#xE9; for é", at: start)
            }
            return scalar
        }
        let name = (try? self.name()) ?? ""
        guard skip(";") else {
            throw error("'&' starts a reference here; write &amp; for the character &", at: start)
        }
        guard let scalar = Self.predefined[name] else {
            throw error("the entity '&\(name);' is not defined: only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#233; are allowed", at: start)
        }
        return scalar
    }

    private static let predefined: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
}
