/// What a text may hold, whichever file or program it comes from: one line, or several lines
/// (Markdown, an address). YAML decoding, translation records, PO and XLIFF imports and engine answers
/// all check a text against its kind, with ``violation(in:)``.
///
/// - `line` (titles, subjects, names, ids, paths, web addresses): no control character at all
///   (C0, DEL, C1, so no CR, LF, tab or NEL), no line or paragraph separator (U+2028,
///   U+2029), and no explicit bidirectional embedding, override or isolate (U+202A–U+202E,
///   U+2066–U+2069), which can make a subject or title read differently from what it holds.
///   The bidirectional marks (U+200E, U+200F, U+061C) stay allowed: right-to-left text needs
///   them and they reorder nothing around them.
/// - `multiline` (summaries, bodies, descriptions, legal mentions, a postal address): line feeds and tabs, but no
///   other control character. A carriage return is refused rather than normalised: every
///   reader already turns a file's CRLF line ends into LF, so a CR left in a text was escaped
///   on purpose (`"\r"`, `&#13;`) and would end lines differently in each output.
public enum TextKind: Sendable, Equatable {
    /// One line: a title, subject, name, id, path or web address.
    case line
    /// Several lines: Markdown, or a postal address.
    case multiline

    /// The first character `text` may not hold as this kind, or `nil` when it holds none.
    public func violation(in text: String) -> TextViolation? {
        // Most texts are printable ASCII (with line feeds and tabs when several lines are
        // allowed): a look at their bytes is enough, and the loader asks for every value.
        let multiline = self == .multiline
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || (multiline && ($0 == 0x0A || $0 == 0x09)) }
        }
        if plain == true { return nil }
        let scalars = text.unicodeScalars
        guard let index = scalars.firstIndex(where: { !allows($0) }) else { return nil }
        return TextViolation(kind: self, character: scalars[index], preceding: Self.context(before: scalars[..<index]))
    }

    private func allows(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: self == .multiline
        case 0x00...0x1F, 0x7F...0x9F: false
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: self == .multiline
        default: true
        }
    }

    /// The last 30 characters before a place, on one line, to show where it is.
    private static func context(before scalars: String.UnicodeScalarView.SubSequence) -> String {
        let shown = scalars.suffix(30).map { TextKind.line.allows($0) ? $0 : " " }
        return (scalars.count > 30 ? "…" : "") + String(String.UnicodeScalarView(shown))
    }
}

/// A character a text may not hold, and where it is: what ``TextKind/violation(in:)`` finds.
public struct TextViolation: Sendable, Equatable {
    /// The kind of text it breaks.
    public let kind: TextKind
    /// The character.
    public let character: Unicode.Scalar
    /// The text before it (its last 30 characters), for the message.
    public let preceding: String

    /// The character's name and code point: "a line feed (LF, U+000A)".
    public var characterName: String {
        let code = YAMLProblemWording.codePoint(character.value)
        return switch character.value {
        case 0x0A: "a line feed (LF, \(code))"
        case 0x0D: "a carriage return (CR, \(code))"
        case 0x09: "a tab (TAB, \(code))"
        case 0x1B: "an escape character (ESC, \(code))"
        case 0x85: "a next-line character (NEL, \(code))"
        case 0x2028: "a line separator (LS, \(code))"
        case 0x2029: "a paragraph separator (PS, \(code))"
        case 0x202A...0x202E, 0x2066...0x2069: "a bidirectional formatting character (\(code))"
        default: "a control character (\(code))"
        }
    }

    /// Where it is in its text: "after 'Launch of the campaign'", or "at its start".
    public var place: String {
        preceding.isEmpty ? "at its start" : "after '\(preceding)'"
    }

    /// The rule it breaks, as a clause: "it must stay on one line, with no control characters".
    public var rule: String {
        switch kind {
        case .line: "it must stay on one line, with no control characters"
        case .multiline: "a text may hold line feeds and tabs, but no other control characters"
        }
    }

    /// A sentence saying that `what` ("the subject of mailing 'launch'") holds the character,
    /// where, and what to do.
    public func message(for what: String) -> String {
        "\(what) holds \(characterName) \(place), but \(rule); remove it\(kind == .line ? " or put a space instead" : "")"
    }
}
