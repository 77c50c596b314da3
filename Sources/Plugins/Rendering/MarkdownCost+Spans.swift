/// The spans of text ``MarkdownCost`` measures, and the bytes it looks for.
extension MarkdownCost {
    /// A run of lines without a blank line: it holds every paragraph cmark-gfm parses inline.
    struct Paragraph {
        var line: Int
        var bytes = 0
        /// `]`, each of which may close a link or footnote reference.
        var closers = 0
        /// Runs of emphasis or strikethrough markers.
        var markers = 0
        /// For each `]`, the markers before it: what closing links walks.
        var linkMarkerPairs = 0
        /// Non-blank lines, `|`, and the sum of the squares of each line's cells.
        var lines = 0
        var pipes = 0
        var cellPairs = 0
        /// The same sum for lines with more than one cell, and the most cells in one.
        var rowCellPairs = 0
        var widestRow = 0
        /// Lines that may be a table's delimiter row, and the steps of parsing the paragraph
        /// before each as table rows.
        var delimiterRows = 0
        var headerScanWork = 0
        /// `<?` and `<![`, each of which may scan to the end of the paragraph for `?>` or `]]>`
        /// (`<!--` and other `<!` do not in this version).
        var htmlOpenings = 0
        var table: Table?
        private var last: UInt8 = 0
        private var beforeLast: UInt8 = 0

        init(line: Int) { self.line = line }

        /// A space or line ending, which no marker run or HTML opening spans.
        mutating func takeSpace() { (beforeLast, last) = (0, 0) }

        mutating func take(_ byte: UInt8, smartPunctuation: Bool) {
            defer { (beforeLast, last) = (last, byte) }
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                if byte != last { markers += 1 }
            case UInt8(ascii: "'") where smartPunctuation, UInt8(ascii: "\"") where smartPunctuation:
                markers += 1  // cmark-gfm takes quotes one at a time.
            case UInt8(ascii: "]"):
                closers += 1
                linkMarkerPairs += markers
            case UInt8(ascii: "?") where last == UInt8(ascii: "<"),
                UInt8(ascii: "[") where last == UInt8(ascii: "!") && beforeLast == UInt8(ascii: "<"):
                htmlOpenings += 1
            default:
                break
            }
        }
    }

    /// A table, from its delimiter row to the end of its paragraph.
    struct Table {
        var line: Int
        var columns: Int
        var rows: Int
    }

    /// A run of characters without a space: an autolink candidate scans at most this far.
    struct Word {
        var line: Int
        var length = 0
        /// `:`, `@` and `www.`, where cmark-gfm's autolink extension starts scanning.
        var candidates = 0
        private var ws = 0

        init(line: Int) { self.line = line }

        mutating func take(_ byte: UInt8) {
            length += 1
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: "@"):
                candidates += 1
                ws = 0
            case UInt8(ascii: "w"), UInt8(ascii: "W"):
                ws += 1
            case UInt8(ascii: ".") where ws >= 3:
                candidates += 1
                ws = 0
            default:
                ws = 0
            }
        }
    }

    /// What one line shows so far.
    struct Line {
        var isBlank = true
        /// Still in the leading spaces and container markers (`>`, `-`, `1.` …).
        var inPrefix = true
        /// Only `|`, `-`, `:`, `>` and spaces (vertical tabs and form feeds too), with a `-`
        /// and a `|`, `:`, vertical tab or form feed: it may be a table's delimiter row. Dashes
        /// and spaces alone make a setext underline, thematic break or list item, which
        /// cmark-gfm tries first.
        var mayBeDelimiterRow = true
        var dashes = 0
        var pipes = 0
        /// `:`, vertical tabs and form feeds: what a delimiter row may have but an underline not.
        var notUnderline = 0
        /// The first byte after the spaces and `>`, and the last before the trailing spaces.
        var first: UInt8 = 0
        var last: UInt8 = 0

        var isTableDelimiterRow: Bool { mayBeDelimiterRow && dashes > 0 && pipes + notUnderline > 0 }

        /// The cells of a delimiter row: leading and trailing pipes open and close no cell.
        var cells: Int {
            let bar = UInt8(ascii: "|")
            return max(1, pipes + 1 - (first == bar ? 1 : 0) - (last == bar ? 1 : 0))
        }

        mutating func take(_ byte: UInt8) {
            isBlank = false
            if first == 0 && byte != UInt8(ascii: ">") { first = byte }
            last = byte
            if !byte.isContainerMarker && byte != UInt8(ascii: "*") && byte != UInt8(ascii: ">") {
                inPrefix = false
            }
            switch byte {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: ":"), 0x0B, 0x0C: notUnderline += 1
            case UInt8(ascii: ">"): break
            default: mayBeDelimiterRow = false
            }
        }
    }
}

extension UInt8 {
    /// Bytes that may open a container block at the start of a line: list markers, besides
    /// `>` and `*`, which count as inline markup.
    var isContainerMarker: Bool {
        switch self {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ")"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    /// Bytes where cmark-gfm starts a new text node, and no more: `w`, where the autolink
    /// extension looks for `www.`, and with smart punctuation `.` and `-`.
    func splitsText(smartPunctuation: Bool) -> Bool {
        switch self {
        case UInt8(ascii: "w"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"): smartPunctuation
        default: false
        }
    }

    /// Bytes that may start an inline element or a table cell, or split a text node.
    var isInlineSpecial: Bool {
        switch self {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "`"), UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "|"),
            UInt8(ascii: "@"), UInt8(ascii: ":"), UInt8(ascii: "'"), UInt8(ascii: "\""):
            true
        default: false
        }
    }
}
