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
        var seen: Set<String> = []
        var indenting = true
        var column = 1
        var index = 0
        func report(_ kind: String, _ diagnostic: @autoclosure () -> Diagnostic) {
            if seen.insert(kind).inserted { problems.append(diagnostic()) }
        }
        func location() -> SourceLocation { SourceLocation(file: file, line: number, column: column) }
        while index < line.count {
            guard let (scalar, length) = decode(line, at: index) else {
                report("utf8", .error(YAMLProblemWording.invalidUTF8(byte: line[index]), at: location()))
                indenting = false
                index += 1
                column += 1
                continue
            }
            if indenting, scalar == "\t" {
                report("tab", YAMLProblemWording.tabIndentation(line: text(of: line), at: location()))
            } else if indenting, scalar == "\u{A0}" {
                report("nbsp", YAMLProblemWording.noBreakSpaceIndentation(line: text(of: line), at: location()))
            } else if scalar != " " {
                indenting = false
            }
            if isRefused(scalar) {
                report("control", .error(YAMLProblemWording.controlCharacter(scalar.value), at: location()))
            }
            index += length
            column += 1
        }
        return problems
    }

    /// The line as text, for a message: invalid UTF-8 shows as U+FFFD.
    private static func text(of line: UnsafeBufferPointer<UInt8>) -> Substring {
        let text = String(decoding: line, as: UTF8.self)
        return text.hasSuffix("\r") ? text.dropLast() : Substring(text)
    }

    /// `bytes` with every byte that is not UTF-8 and every character libyaml refuses replaced by
    /// `?`, so that libyaml can look for the problems it would find after them.
    static func readable(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard let (scalar, length) = decode(bytes, at: index) else {
                result.append(UInt8(ascii: "?"))
                index += 1
                continue
            }
            if isRefused(scalar) {
                result.append(UInt8(ascii: "?"))
            } else {
                result += bytes[index..<index + length]
            }
            index += length
        }
        return result
    }

    /// The characters libyaml refuses in a file: all but tab, line feed, carriage return,
    /// printable ASCII, NEL, and U+00A0 onwards but surrogates, U+FFFE and U+FFFF.
    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: false
        default: true
        }
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
