/// The problems a line-by-line look at the raw bytes can find without parsing: tabs and
/// non-breaking spaces used for indentation, control characters and invalid UTF-8.
///
/// libyaml stops at its first error; after one, the loader adds these, so that one run reports
/// every problem of this kind in the file and not one per run.
enum IndependentProblems {
    /// Each problem in `bytes`, at most one of each kind a line, in file order.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var start = hasBOM ? 3 : 0
        var line = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            problems += scanLine(UnsafeBufferPointer(rebasing: bytes[start..<end]), at: line, file: file)
            start = end + 1
            line += 1
        }
        return problems
    }

    private static func scanLine(_ line: UnsafeBufferPointer<UInt8>, at number: Int, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seenTab = false
        var seenNoBreakSpace = false
        var indenting = true
        var column = 1
        var index = 0
        func location() -> SourceLocation { SourceLocation(file: file, line: number, column: column) }
        while index < line.count {
            guard let (scalar, length) = decode(line, at: index) else {
                problems.append(.error(YAMLProblemWording.invalidUTF8(byte: line[index]), at: location()))
                return problems  // Columns after a broken byte would be guesses.
            }
            if indenting, scalar == "\t", !seenTab {
                seenTab = true
                problems.append(YAMLProblemWording.tabIndentation(at: location()))
            } else if indenting, scalar == "\u{A0}", !seenNoBreakSpace {
                seenNoBreakSpace = true
                problems.append(.error(
                    "a non-breaking space (U+00A0) is used for indentation here; YAML needs ordinary spaces, so retype the indentation with the space bar",
                    at: location()))
            } else if scalar != " ", scalar != "\t", scalar != "\u{A0}" {
                indenting = false
            }
            let isLineEnd = scalar == "\r" && index + length == line.count
            if isControl(scalar), scalar != "\t", !isLineEnd {
                problems.append(.error(YAMLProblemWording.controlCharacter(scalar.value), at: location()))
            }
            index += length
            column += 1
        }
        return problems
    }

    /// The characters libyaml refuses in a file: C0 controls but tab, line feed and carriage
    /// return, DEL, and C1 controls but NEL.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\n" || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) && scalar.value != 0x85
    }

    /// The scalar starting at `index` and its length in bytes, or `nil` when the bytes there are
    /// not UTF-8.
    private static func decode(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = line[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard index + length <= line.count else { return nil }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = line[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = [0, 0, 0x80, 0x800, 0x10000][length]
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
