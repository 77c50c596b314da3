import AdvocacyCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Terminal {
    /// How much a run says besides its results and errors, and whether it colours them.
    struct Manners: Sendable {
        /// `-q`: no progress, no warnings.
        var quiet = false
        /// `-v`: progress even when stderr is not a terminal.
        var verbose = false
        /// Whether stderr is a terminal that shows colour: not when `NO_COLOR` is set to
        /// anything (no-color.org), nor on a `dumb` terminal.
        var colours = Manners.stderrShowsColour()
        /// Whether stderr is a terminal, where progress is shown.
        var stderrIsTerminal = isatty(STDERR_FILENO) == 1

        static func stderrShowsColour() -> Bool {
            guard isatty(STDERR_FILENO) == 1 else { return false }
            if let noColour = getenv("NO_COLOR"), noColour.pointee != 0 { return false }
            if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
            return true
        }

        /// Whether progress lines are shown.
        var showsProgress: Bool { !quiet && (verbose || stderrIsTerminal) }
    }

    /// The manners of this run, set once while the command line is parsed (``OutputOptions``)
    /// and read after; a command runs on one task.
    nonisolated(unsafe) static var manners = Manners()

    /// A line saying what is happening (`[1/3] draft`), on stderr, only where someone watches:
    /// on a terminal or with `-v`, never with `-q`.
    static func progress(_ text: String) {
        if manners.showsProgress { error(text) }
    }

    /// `text` with its `error:`, `warning:` and `note:` labels coloured when stderr shows colour.
    static func coloured(_ diagnostic: String) -> String {
        guard manners.colours else { return diagnostic }
        var text = diagnostic
        for (label, colour) in [("error:", "31"), ("warning:", "33"), ("note:", "36")] {
            text = text.replacingOccurrences(of: ": \(label) ", with: ": \u{1B}[1;\(colour)m\(label)\u{1B}[0m ")
            if text.hasPrefix("\(label) ") { text = "\u{1B}[1;\(colour)m\(label)\u{1B}[0m" + text.dropFirst(label.count) }
        }
        return text
    }
}
