/// The tokens of CSS Syntax Level 3 that ``StyleCheck`` looks at, with names unescaped and
/// ASCII-lowercased; everything else is skipped as the specification consumes it, so that a
/// name is never seen where the PDF engine would see none, nor missed where it would see one.
struct StyleTokenizer {
    /// A token and where it starts.
    struct Token {
        enum Kind: Equatable {
            case atKeyword(String)
            case function(String)
            case url(String)
            case badURL
            case string(String)
            case other
        }
        var kind: Kind
        var offset: Int
    }

    private let text: [Unicode.Scalar]
    private var index = 0

    init(_ text: [Unicode.Scalar]) {
        self.text = text
    }

    /// The next token that is not a comment or blank, or `nil` at the end.
    mutating func next() -> Token? {
        while index < text.count {
            let start = index
            let c = text[index]
            if c == "/", at(index + 1) == "*" {
                index += 2
                while index < text.count, !(text[index] == "*" && at(index + 1) == "/") { index += 1 }
                index = min(index + 2, text.count)
                continue
            }
            if Self.isBlank(c) {
                index += 1
                continue
            }
            switch c {
            case "\"", "'":
                return Token(kind: .string(string(closedBy: c)), offset: start)
            case "@":
                index += 1
                guard startsName(at: index) else { return Token(kind: .other, offset: start) }
                return Token(kind: .atKeyword(name().lowercasedASCII), offset: start)
            case "#":
                index += 1
                if index < text.count, Self.isNameScalar(text[index]) || isEscape(at: index) { _ = name() }
                return Token(kind: .other, offset: start)
            default:
                if startsNumber(at: index) {
                    number()
                    return Token(kind: .other, offset: start)
                }
                if c == "-", at(index + 1) == "-", at(index + 2) == ">" {
                    index += 3
                    return Token(kind: .other, offset: start)
                }
                if startsName(at: index) {
                    return Token(kind: nameLike(), offset: start)
                }
                index += 1
                return Token(kind: .other, offset: start)
            }
        }
        return nil
    }

    // MARK: - Names, functions and url()

    private mutating func nameLike() -> Token.Kind {
        let name = name().lowercasedASCII
        guard at(index) == "(" else { return .other }
        index += 1
        guard name == "url" else { return .function(name) }
        var look = index
        while look < text.count, Self.isBlank(text[look]) { look += 1 }
        if let c = at(look), c == "\"" || c == "'" { return .function(name) }
        index = look
        return unquotedURL()
    }

    private mutating func unquotedURL() -> Token.Kind {
        var value = ""
        while let c = at(index) {
            index += 1
            switch c {
            case ")":
                return .url(value)
            case _ where Self.isBlank(c):
                while let blank = at(index), Self.isBlank(blank) { index += 1 }
                if at(index) == ")" || at(index) == nil {
                    index += 1
                    return .url(value)
                }
                badURLRemnants()
                return .badURL
            case "\"", "'", "(":
                badURLRemnants()
                return .badURL
            case "\\":
                guard isEscape(at: index - 1) else {
                    badURLRemnants()
                    return .badURL
                }
                value.unicodeScalars.append(escape())
            default:
                value.unicodeScalars.append(c)
            }
        }
        return .url(value)
    }

    private mutating func badURLRemnants() {
        while let c = at(index) {
            if c == ")" {
                index += 1
                return
            }
            if isEscape(at: index) {
                index += 1
                _ = escape()
            } else {
                index += 1
            }
        }
    }

    private mutating func name() -> String {
        var result = ""
        while let c = at(index) {
            if Self.isNameScalar(c) {
                result.unicodeScalars.append(c)
                index += 1
            } else if isEscape(at: index) {
                index += 1
                result.unicodeScalars.append(escape())
            } else {
                break
            }
        }
        return result
    }

    /// The scalar an escape stands for; `index` is just after the backslash.
    private mutating func escape() -> Unicode.Scalar {
        guard let c = at(index) else { return "\u{FFFD}" }
        guard c.properties.isASCIIHexDigit else {
            index += 1
            return c
        }
        var value: UInt32 = 0, digits = 0
        while digits < 6, let d = at(index), d.properties.isASCIIHexDigit {
            value = value * 16 + UInt32(Int(String(d), radix: 16)!)
            digits += 1
            index += 1
        }
        if let blank = at(index), Self.isBlank(blank) { index += 1 }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    // MARK: - Strings and numbers

    private mutating func string(closedBy quote: Unicode.Scalar) -> String {
        index += 1
        var value = ""
        while let c = at(index) {
            if c == quote {
                index += 1
                break
            }
            if Self.isNewline(c) { break }
            if c == "\\" {
                guard let next = at(index + 1) else {
                    index += 1
                    break
                }
                if Self.isNewline(next) {
                    index += 2
                    continue
                }
                index += 1
                value.unicodeScalars.append(escape())
                continue
            }
            value.unicodeScalars.append(c)
            index += 1
        }
        return value
    }

    private mutating func number() {
        if let c = at(index), c == "+" || c == "-" { index += 1 }
        while let c = at(index), Self.isDigit(c) { index += 1 }
        if at(index) == ".", let d = at(index + 1), Self.isDigit(d) {
            index += 1
            while let c = at(index), Self.isDigit(c) { index += 1 }
        }
        if let e = at(index), e == "e" || e == "E" {
            var look = index + 1
            if let sign = at(look), sign == "+" || sign == "-" { look += 1 }
            if let d = at(look), Self.isDigit(d) {
                index = look
                while let c = at(index), Self.isDigit(c) { index += 1 }
            }
        }
        if startsName(at: index) {
            _ = name()
        } else if at(index) == "%" {
            index += 1
        }
    }

    // MARK: - Classes of scalars

    private func at(_ position: Int) -> Unicode.Scalar? {
        position < text.count ? text[position] : nil
    }

    private func isEscape(at position: Int) -> Bool {
        guard at(position) == "\\", let next = at(position + 1) else { return false }
        return !Self.isNewline(next)
    }

    private func startsName(at position: Int) -> Bool {
        guard let c = at(position) else { return false }
        if c == "-" {
            guard let next = at(position + 1) else { return false }
            return Self.isNameStart(next) || next == "-" || isEscape(at: position + 1)
        }
        return Self.isNameStart(c) || isEscape(at: position)
    }

    private func startsNumber(at position: Int) -> Bool {
        guard let c = at(position) else { return false }
        if Self.isDigit(c) { return true }
        if c == "." { return at(position + 1).map(Self.isDigit) ?? false }
        guard c == "+" || c == "-", let next = at(position + 1) else { return false }
        if Self.isDigit(next) { return true }
        return next == "." && (at(position + 2).map(Self.isDigit) ?? false)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private static func isNewline(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\r" || c == "\u{0C}" }
    private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || isNewline(c) }
    private static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || c.value >= 0x80
    }
    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || isDigit(c) || c == "-" }
}
