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

    /// A tab in the indentation of `line`.
    static func tabIndentation(line: Substring, at location: SourceLocation) -> Diagnostic {
        .error("the line '\(shown(line))' is indented with a tab; YAML needs spaces, so replace the tab with spaces", at: location)
    }

    /// A non-breaking space in the indentation of `line`.
    static func noBreakSpaceIndentation(line: Substring, at location: SourceLocation) -> Diagnostic {
        .error(
            "the line '\(shown(line))' is indented with a non-breaking space (U+00A0), which looks like a space but is not one; retype the indentation with the space bar",
            at: location)
    }

    private static func syntaxDiagnostic(_ error: LibYAMLError, at location: SourceLocation, input: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = error.problem
        let source = SourceText(bytes: input)
        let line = source.line(location.line) ?? ""
        switch problem {
        case "found character that cannot start any token":
            let character = source.character(atLine: location.line, column: location.column)
            if character == "\t" { return tabIndentation(line: line, at: location) }
            let shown = character.map { "'\($0)'" } ?? "this character"
            return .error("\(shown) cannot start a value; put the whole value in quotes", at: location)
        case "mapping values are not allowed in this context":
            return .error(
                "a ': ' here reads as the start of another key; if it belongs to the text, put the whole value in quotes, otherwise check the indentation",
                at: location)
        case "block sequence entries are not allowed in this context":
            let text = rest(of: line, from: location.column)
            return .error(
                "the text '\(shown(text))' starts with '- ', which YAML reads as a list item; put the whole text in quotes: \(quoted(text))",
                at: location)
        case "did not find expected alphabetic or numeric character" where error.contextLocation != nil:
            // `* text` or `& text`: the start of an alias or an anchor with no name.
            let start = error.contextLocation!
            let text = rest(of: source.line(start.line) ?? "", from: start.column)
            let reading = text.hasPrefix("*") ? "a reference to another value" : "the name of a value to reuse"
            return .error(
                "the text '\(shown(text))' starts with '\(text.prefix(1))', which YAML reads as \(reading); put the whole text in quotes: \(quoted(text))",
                at: start)
        case "did not find expected key":
            if let (text, word, column) = textAfterQuotedWord(in: line, before: location.column) {
                return .error(
                    "the text starts with a quoted word (\(word)), and YAML takes the quotes for the whole value; put the whole text in quotes: \(quoted(text))",
                    at: SourceLocation(file: location.file, line: location.line, column: column))
            }
            return .error("this line does not line up with the keys around it; check its indentation", at: location)
        case "did not find expected '-' indicator":
            return .error("this line does not line up with the list items around it; check its indentation", at: location)
        case "could not find expected ':'":
            // libyaml notices only at the next line; the line that is neither a key nor part of
            // the text before it is where the key it was read as starts.
            let start = error.contextLocation ?? location
            let written = source.line(start.line) ?? line
            return .error(
                "the line '\(shown(written))' has no ':', so it is not a key, and it is not indented enough to continue the text above it; indent it further than the key of that text, or add the missing ':'",
                at: start)
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

    /// The text of `line` from a 1-based column on, without spaces at its end.
    private static func rest(of line: Substring, from column: Int) -> Substring {
        let scalars = line.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: max(column - 1, 0), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Substring(scalars[start...]).trimmingTrailingSpaces()
    }

    /// The whole text of a value such as `"Un" juste prix`, its quoted first word and the column
    /// it starts at, when the problem at `column` comes right after that word.
    private static func textAfterQuotedWord(in line: Substring, before column: Int) -> (text: Substring, word: String, column: Int)? {
        let scalars = Array(line.unicodeScalars)
        var closing = min(column - 1, scalars.count) - 1
        while closing >= 0, scalars[closing] == " " { closing -= 1 }
        guard closing > 0, scalars[closing] == "\"" || scalars[closing] == "'",
              let opening = scalars[..<closing].lastIndex(of: scalars[closing])
        else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[opening...])
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[opening...closing])
        return (Substring(String(text)).trimmingTrailingSpaces(), String(word), opening + 1)
    }

    /// A line or text as a message shows it: without its indentation, and shortened when long.
    static func shown(_ text: Substring) -> String {
        let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }.trimmingTrailingSpaces()
        return trimmed.count > 60 ? trimmed.prefix(57) + "…" : String(trimmed)
    }

    /// `text` in quotes as YAML reads it back: single quotes unless it holds one.
    static func quoted(_ text: Substring) -> String {
        text.contains("'") ? doubleQuoted(text) : "'\(text)'"
    }

    /// `text` in double quotes, with the escapes YAML needs there.
    static func doubleQuoted(_ text: some StringProtocol) -> String {
        var quoted = "\""
        for character in text {
            if character == "\\" || character == "\"" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
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

extension Substring {
    /// The text without spaces and tabs at its end.
    func trimmingTrailingSpaces() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
