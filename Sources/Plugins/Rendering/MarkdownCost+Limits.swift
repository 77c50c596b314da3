import AdvocacyCore

/// The part of a Markdown text that costs the most superlinear work, and how much.
struct MarkdownHotspot {
    enum Kind {
        case linksAmongEmphasis(links: Int, markers: Int)
        case rawHTMLOpenings(Int, paragraphBytes: Int)
        case delimiterRows(Int, paragraphBytes: Int)
        case wideRows(cells: Int)
        case autolinkCandidates(Int, wordLength: Int)
        case table(columns: Int, rows: Int)
    }

    var kind: Kind
    /// The 1-based line where the paragraph, word or table starts.
    var line: Int
    var work: Int

    init(_ kind: Kind, line: Int, work: Int) {
        self.kind = kind
        self.line = line
        self.work = work
    }

    /// What is too large, and what to do, as the end of a sentence.
    var explanation: String {
        switch kind {
        case let .linksAmongEmphasis(links, markers):
            "the paragraph at line \(line) has \(links) link or footnote brackets among \(markers) "
                + "emphasis or strikethrough markers; split it into shorter paragraphs"
        case let .rawHTMLOpenings(openings, bytes):
            "the paragraph at line \(line) has \(openings) unfinished raw HTML openings ('<?' or '<![') in "
                + "\(bytes) bytes; remove them or split the paragraph"
        case let .delimiterRows(rows, bytes):
            "the paragraph at line \(line) has \(rows) lines that look like a table's delimiter row "
                + "(only '-', '|' and ':') in \(bytes) bytes; put a blank line before each table"
        case let .wideRows(cells):
            "the paragraph at line \(line) has lines of up to \(cells) table cells (separated by '|'); "
                + "split them into smaller tables"
        case let .autolinkCandidates(candidates, length):
            "the word at line \(line) is \(length) characters long without a space and has "
                + "\(candidates) places where a web or mail address could start; break it up with spaces"
        case let .table(columns, rows):
            "the table at line \(line) has \(rows) rows of \(columns) columns; split it into smaller tables"
        }
    }
}

extension MarkdownCost {
    /// The error for a text of `bytes` bytes, if that is more than `limits` allow: checked
    /// before measuring, which would take time in proportion.
    static func excess(ofSize bytes: Int, over limits: MarkdownLimits) -> AdvocateError? {
        guard bytes > limits.maximumBytes else { return nil }
        return AdvocateError(
            .invalidInput,
            "This Markdown text is \(bytes) bytes long, more than the \(limits.maximumBytes) "
                + "bytes advocate renders; split it into smaller texts.")
    }

    /// The error for the first limit this cost exceeds, or nil when it is within all of them.
    func excess(over limits: MarkdownLimits) -> AdvocateError? {
        if let error = Self.excess(ofSize: bytes, over: limits) { return error }
        if widestTable.columns > limits.maximumTableColumns {
            return AdvocateError(
                .invalidInput,
                "The Markdown table at line \(widestTable.line) has \(widestTable.columns) columns, "
                    + "more than the \(limits.maximumTableColumns) advocate renders; split it into narrower tables.")
        }
        if work > limits.maximumWork, let worst {
            return AdvocateError(
                .invalidInput,
                "This Markdown text would take too long to render (about \(work) steps, more than "
                    + "\(limits.maximumWork)): \(worst.explanation).")
        }
        if elements > limits.maximumElements {
            return AdvocateError(
                .invalidInput,
                "This Markdown text may make up to \(elements) elements (blocks, inline elements, "
                    + "text nodes, table cells), more than the \(limits.maximumElements) advocate renders; "
                    + "split it into smaller texts or nest less deeply.")
        }
        return nil
    }
}
