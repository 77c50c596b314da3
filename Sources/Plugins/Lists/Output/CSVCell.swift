/// One cell of a written CSV file, made safe: quoted when it holds the delimiter, a quote or a
/// line break (quotes inside doubled), and neutralised when a spreadsheet would run it as a
/// formula. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return that is not a
/// plain number (`-12`, `+3.5`, `1,25`) gets a leading `'`, which spreadsheets show as text.
/// This applies to every cell, addresses included: `+news@example.org` is written
/// `'+news@example.org`, which is what "no field can inject a CSV formula" costs.
enum CSVCell {
    /// Appends `bytes` as a cell.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, to output: ChunkedOutput) {
        let neutralised = !bytes.isEmpty && startsFormula(bytes[0]) && !isPlainNumber(bytes)
        var quoted = false
        for byte in bytes where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            quoted = true
            break
        }
        guard quoted || neutralised else {
            output.append(bytes)
            return
        }
        if quoted { output.append(0x22) }
        if neutralised { output.append(0x27) }
        for byte in bytes {
            output.append(byte)
            if byte == 0x22 { output.append(0x22) }
        }
        if quoted { output.append(0x22) }
    }

    @inline(__always)
    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    /// An optional sign, digits, and at most one decimal separator followed by digits.
    static func isPlainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = bytes.first == 0x2B || bytes.first == 0x2D ? 1 : 0
        var digits = 0, separators = 0, digitsAfterSeparator = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if separators > 0 { digitsAfterSeparator += 1 }
            } else if (byte == 0x2E || byte == 0x2C) && separators == 0 && digits > 0 {
                separators += 1
            } else {
                return false
            }
            i += 1
        }
        return digits > 0 && (separators == 0 || digitsAfterSeparator > 0)
    }
}
