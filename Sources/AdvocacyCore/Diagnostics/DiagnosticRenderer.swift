/// Prints diagnostics as compilers do: the location and message, the source line, and a caret.
///
/// ```
/// Campaigns/decent-work.yaml:14:5: error: unknown key 'demads' in the campaign; did you mean 'demands'?
///     demads:
///     ^
/// ```
public struct DiagnosticRenderer: Sendable {
    /// The widest source excerpt shown, in characters, so a megabyte-long line stays readable.
    static let excerptWidth = 120

    private let sources: [String: SourceText]

    /// A renderer that shows lines from these files, keyed by the path diagnostics name.
    public init(sources: [String: SourceText]) {
        self.sources = sources
    }

    /// The diagnostic with its notes, each followed by its source line and caret when known.
    public func render(_ diagnostic: Diagnostic) -> String {
        var text = block("\(diagnostic.severity.rawValue): \(diagnostic.message)", at: diagnostic.location)
        for note in diagnostic.notes {
            text += block("note: \(note.message)", at: note.location)
        }
        return text
    }

    private func block(_ headline: String, at location: SourceLocation) -> String {
        var text = "\(location): \(headline)\n"
        if let line = sources[location.file]?.line(location.line) {
            let (excerpt, caretOffset) = Self.excerpt(of: line, around: location.column)
            text += "    \(excerpt)\n    \(caretOffset)^\n"
        }
        return text
    }

    /// A window of the line around the column, and the run of blanks that puts a caret under it
    /// (tabs are kept so the caret lines up in a terminal).
    static func excerpt(of line: Substring, around column: Int) -> (String, String) {
        // Only the scalars around the column are looked at: a line may be megabytes long.
        let all = line.unicodeScalars
        let column = max(column - 1, 0)
        let skipped = max(0, column - excerptWidth)
        let from = all.index(all.startIndex, offsetBy: skipped, limitedBy: all.endIndex) ?? all.endIndex
        let window = Array(all[from...].prefix(2 * excerptWidth + 1))
        let beyond = all[from...].dropFirst(window.count).isEmpty == false
        let target = min(column - skipped, window.count)
        let start = max(0, min(target - excerptWidth / 2, window.count - excerptWidth))
        let end = min(window.count, start + excerptWidth)
        var shown = String(String.UnicodeScalarView(window[start..<end].map(Self.printable)))
        var padding = String(String.UnicodeScalarView(window[start..<target].map { $0 == "\t" ? "\t" : " " }))
        if skipped + start > 0 {
            shown = "…" + shown
            padding = " " + padding
        }
        if end < window.count || beyond { shown += "…" }
        return (shown, padding)
    }

    /// Control characters would garble a terminal; show them as their Unicode control pictures.
    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x20, scalar != "\t" { return Unicode.Scalar(0x2400 + scalar.value)! }
        if scalar.value == 0x7F { return "\u{2421}" }
        return scalar
    }
}
