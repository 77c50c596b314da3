import Foundation

/// A filter's value made ready for comparing with cells: trimmed, in NFC, lower-case, as bytes.
struct FoldedText {
    let bytes: [UInt8]
    let string: String
    let isASCII: Bool

    init(_ value: String) {
        string = value.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping.lowercased()
        bytes = Array(string.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// Whether `cell` is this text, ignoring case: byte by byte for ASCII, through String
    /// lower-casing when either side has other characters.
    func matches(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if cell.count == bytes.count {
            for i in 0..<cell.count {
                let byte = cell[i]
                if byte >= 0x80 { return String(decoding: cell, as: UTF8.self).lowercased() == string }
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lower != bytes[i] { return false }
            }
            return true
        }
        guard !isASCII || cell.contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: cell, as: UTF8.self).lowercased() == string
    }
}
