/// Turns libyaml's terse problems ("did not find expected key") into sentences that say what
/// is wrong with the line and how to fix it.
enum YAMLProblemWording {
    static func diagnostic(for error: LibYAMLError, file: String, input: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        switch error.kind {
        case .memory:
            return .error("the file is too large to read into memory", at: SourceLocation(file: file, line: 1, column: 1))
        case .reader(var offset, let value):
            if error.problem == "invalid trailing UTF-8 octet" {
                // libyaml points at the byte that should have continued the character: show its start.
                offset = min(offset, input.count) - 1
                while offset > 0, input[offset] & 0xC0 == 0x80 { offset -= 1 }
            }
            let location = location(ofByte: offset, in: input, file: file)
            return .error(readerMessage(error.problem, value: value, byte: offset < input.count ? input[offset] : nil), at: location)
        case .syntax:
            let location = error.problemLocation ?? SourceLocation(file: file, line: 1, column: 1)
            return syntaxDiagnostic(error, at: location, input: input)
        }
    }

    private static func readerMessage(_ problem: String, value: Int32, byte: UInt8?) -> String {
        if problem.contains("UTF-8") { return invalidUTF8(byte: byte) }
        if problem.contains("control characters") { return controlCharacter(value >= 0 ? UInt32(value) : nil) }
        return "the file cannot be read as text: \(problem)"
    }

    /// Bytes that are not UTF-8, starting with `byte`.
    static func invalidUTF8(byte: UInt8?) -> String {
        let shown = byte.map { " (byte 0x\(hex($0, width: 2)))" } ?? ""
        return "the file is not valid UTF-8 here\(shown); save it as UTF-8 in your editor"
    }

    /// A control character in the file, which libyaml refuses.
    static func controlCharacter(_ value: UInt32?) -> String {
        "the control character\(value.map { " \(codePoint($0))" } ?? "") is not allowed in a campaign file; remove it"
    }

    /// A tab in a line's indentation.
    static func tabIndentation(at location: SourceLocation) -> Diagnostic {
        .error("a tab is used for indentation here; YAML needs spaces, so replace the tab with spaces", at: location)
    }

    private static func syntaxDiagnostic(_ error: LibYAMLError, at location: SourceLocation, input: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = error.problem
        switch problem {
        case "found character that cannot start any token":
            let character = SourceText(bytes: input).character(atLine: location.line, column: location.column)
            if character == "\t" { return tabIndentation(at: location) }
            let shown = character.map { "'\($0)'" } ?? "this character"
            return .error("\(shown) cannot start a value; put the whole value in quotes", at: location)
        case "mapping values are not allowed in this context":
            return .error(
                "a ': ' here reads as the start of another key; if it belongs to the text, put the whole value in quotes, otherwise check the indentation",
                at: location)
        case "did not find expected key":
            return .error("this line does not line up with the keys around it; check its indentation", at: location)
        case "did not find expected '-' indicator":
            return .error("this line does not line up with the list items around it; check its indentation", at: location)
        case "could not find expected ':'":
            return .error("a key must be followed by ':'; check for a missing colon or a line that should be indented further", at: location)
        case "found unexpected end of stream" where error.contextLocation != nil:
            return .error(
                "this quoted value is never closed; add the closing quote",
                at: error.contextLocation!,
                notes: [.init("the file ends here", at: location)])
        default:
            var message = "this is not valid YAML: \(problem)"
            if let context = error.context { message += " (\(context))" }
            return .error(message, at: location)
        }
    }

    /// The 1-based line and column of a byte offset, counting columns in Unicode scalars as
    /// libyaml does and not counting a leading byte order mark.
    static func location(ofByte offset: Int, in input: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        let end = min(offset, input.count)
        let hasBOM = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
        var line = 1
        var column = 1
        var index = hasBOM ? 3 : 0
        while index < end {
            let byte = input[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && !(byte == 0x0D && index + 1 < input.count && input[index + 1] == 0x0A) {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// `U+0007`, the way Unicode names a character.
    static func codePoint(_ value: UInt32) -> String {
        "U+" + hex(value, width: 4)
    }

    private static func hex(_ value: some BinaryInteger, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
