/// One double-quoted PO string on a line, read the way gettext reads it.
struct POStringLiteral {
    /// The string's bytes after escapes are resolved (octal and hex escapes give bytes).
    var bytes: [UInt8]
    /// The 0-based offset in the line just past the closing quote.
    var end: Int
    /// After each escape: how many bytes the string has so far, and how far the next character
    /// is from the opening quote, in scalars; so that a place in the string can be found in the line.
    var escapes: [(byte: Int, offset: Int)] = []

    /// Reads the string whose opening quote is at `start` in `line`.
    static func read(_ line: [Unicode.Scalar], from start: Int) throws(POSyntaxError) -> POStringLiteral {
        var bytes: [UInt8] = []
        var escapes: [(byte: Int, offset: Int)] = []
        var index = start + 1
        while index < line.count {
            let scalar = line[index]
            switch scalar {
            case "\"":
                return POStringLiteral(bytes: bytes, end: index + 1, escapes: escapes)
            case "\\":
                index = try escape(in: line, at: index, into: &bytes)
                escapes.append((bytes.count, index - start))
            case "\0":
                throw POSyntaxError(offset: index, message: "a NUL character cannot appear in a PO string; remove it")
            default:
                bytes.append(contentsOf: String(scalar).utf8)
                index += 1
            }
        }
        throw POSyntaxError(offset: start, message: "this string has no closing quote; end it with \" on the same line")
    }

    /// Resolves the escape whose backslash is at `index`; returns the offset just after it.
    private static func escape(in line: [Unicode.Scalar], at index: Int, into bytes: inout [UInt8]) throws(POSyntaxError) -> Int {
        guard index + 1 < line.count else {
            throw POSyntaxError(offset: index, message: "a backslash ends the line; write \\\\ for a backslash, or close the string with \"")
        }
        let letter = line[index + 1]
        if let byte = named[letter] {
            bytes.append(byte)
            return index + 2
        }
        let (digits, radix, first): (Int, Int, Int) = switch letter {
        case "x": (2, 16, index + 2)
        case "0"..."7": (3, 8, index + 1)
        default: (0, 0, 0)
        }
        guard radix > 0 else {
            throw POSyntaxError(offset: index, message: "unknown escape '\\\(letter)'; use \\n, \\t, \\\", \\\\ or write the character itself")
        }
        var value = 0, end = first
        while end < line.count, end - first < digits, let digit = Int(String(line[end]), radix: radix) {
            value = value * radix + digit
            end += 1
        }
        guard end > first, value > 0, value <= 0xFF else {
            throw POSyntaxError(offset: index, message: "the escape '\\\(letter)' must give a byte from 1 to 255; write the character itself")
        }
        bytes.append(UInt8(value))
        return end
    }

    private static let named: [Unicode.Scalar: UInt8] = [
        "n": 0x0A, "t": 0x09, "r": 0x0D, "\"": 0x22, "\\": 0x5C, "'": 0x27, "?": 0x3F,
        "a": 0x07, "b": 0x08, "f": 0x0C, "v": 0x0B,
    ]
}
