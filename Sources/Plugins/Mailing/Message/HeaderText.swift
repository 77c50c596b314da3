/// How header values are checked and written: the line-break test every value passes, and the
/// choice between writing a value as it is and as RFC 2047 encoded words.
enum HeaderText {
    /// Whether `text` holds a CR, an LF or a NUL, any of which could end a header and start
    /// another, so that a value bound for a header holding one is refused.
    static func hasLineBreak(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
    }

    /// Whether text can go into a header as it is, as unstructured text (a subject) or, quoted,
    /// as a display name: printable ASCII words separated by single spaces, nothing that a
    /// reader would take for an encoded word (`=?`), and no word too long to fold under 78
    /// characters.
    static func isPlainText(_ text: String) -> Bool {
        isPlainWords(text) { _ in true }
    }

    /// Whether a display name can be written as a phrase of atoms, unquoted.
    static func isAtomPhrase(_ text: String) -> Bool {
        isPlainWords(text) { AddressNormaliser.isAtext($0) }
    }

    /// Whether `text` is non-empty printable ASCII words, each `allowed` byte by byte and at
    /// most 60 bytes long, separated by single spaces, and holds no `=?`.
    private static func isPlainWords(_ text: String, _ allowed: (UInt8) -> Bool) -> Bool {
        var previous: UInt8 = 0x20, word = 0
        for byte in text.utf8 {
            if byte == 0x20 {
                guard previous != 0x20 else { return false }
                word = 0
            } else {
                guard byte > 0x20, byte < 0x7F, allowed(byte), !(previous == 0x3D && byte == 0x3F) else { return false }
                word += 1
                guard word <= 60 else { return false }
            }
            previous = byte
        }
        return !text.isEmpty && previous != 0x20
    }

    /// Bytes an encoded word's text may hold as they are in any header, phrases included
    /// (RFC 2047 §5 (3)): letters, digits, `!*+-/`; everything else is `=XX`, a space `_`.
    static let literalInEncodedWord: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x21, 0x2A, 0x2B, 0x2D, 0x2F: true
        default: false
        }
    }
}
