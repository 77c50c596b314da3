/// What rendering a Markdown text would cost cmark-gfm, measured in one pass over its bytes
/// before it is parsed: the measures ``MarkdownLimits`` bounds, each an upper bound.
struct MarkdownCost {
    /// Bytes of UTF-8.
    private(set) var bytes = 0
    /// Blocks, inline elements, text nodes and table cells the text may make.
    private(set) var elements = 0
    /// Estimated steps of cmark-gfm's superlinear corners, summed over the text.
    private(set) var work = 0
    /// The widest table and the line of its header.
    private(set) var widestTable = (columns: 0, line: 0)
    /// The part of the text that costs the most work, for the error message.
    private(set) var worst: MarkdownHotspot?

    /// Steps per unit of each product, measured on cmark-gfm 0.29.0.gfm.6 (see MarkdownLimits).
    static let stepsPerLinkMarkerPair = 20
    static let stepsPerAutolinkCandidateByte = 5
    static let stepsPerHeaderScanCell = 100
    static let stepsPerHeaderScanByte = 2
    static let stepsPerRowCellPair = 2

    private var line = 1
    private var paragraph = Paragraph(line: 1)
    private var word = Word(line: 1)
    private var lineState = Line()
    private var previous: UInt8 = 0

    /// Measures `text`; `smartPunctuation` makes quotes emphasis-like markers too.
    init(measuring text: UnsafeBufferPointer<UInt8>, smartPunctuation: Bool) {
        bytes = text.count
        let n = text.count
        var index = 0
        while index < n {
            measure(text[index], smartPunctuation: smartPunctuation)
            index += 1
        }
        endWord()
        endLine()
        endParagraph()
    }

    private mutating func measure(_ byte: UInt8, smartPunctuation: Bool) {
        defer { previous = byte }
        switch byte {
        case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"):
            return  // The second byte of a CRLF line ending.
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            endWord()
            endLine()
            paragraph.takeSpace()
            line += 1
            word = Word(line: line)
            return
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            endWord()
            word = Word(line: line)
            paragraph.bytes += 1
            paragraph.takeSpace()
            return
        default:
            break
        }
        paragraph.bytes += 1
        word.take(byte)
        lineState.take(byte)
        if lineState.inPrefix, byte.isContainerMarker { elements += 2 }
        if byte.isInlineSpecial {
            elements += 2
        } else if byte.splitsText(smartPunctuation: smartPunctuation) {
            elements += 1
        }
        paragraph.take(byte, smartPunctuation: smartPunctuation)
    }

    private mutating func endWord() {
        guard word.candidates > 0 else { return }
        elements += 3 * word.candidates  // A link, its text and the text after it.
        add(MarkdownHotspot(
            .autolinkCandidates(word.candidates, wordLength: word.length), line: word.line,
            work: word.candidates * word.length * Self.stepsPerAutolinkCandidateByte))
    }

    private mutating func endLine() {
        elements += 2
        if !lineState.isBlank {
            // Any line may be parsed as a table row, in time quadratic in its cells.
            let cells = lineState.cells
            paragraph.lines += 1
            paragraph.pipes += lineState.pipes
            paragraph.cellPairs += cells * cells
            if cells > 1 {
                paragraph.rowCellPairs += cells * cells
                paragraph.widestRow = max(paragraph.widestRow, cells)
            }
        }
        if lineState.isBlank {
            endParagraph()
            paragraph = Paragraph(line: line + 1)
        } else if lineState.isTableDelimiterRow {
            // The table extension parses every line of the paragraph so far as a row, to find
            // the header in the last; when its cells do not match the line's, the line joins
            // the paragraph and the next such line parses it all again.
            paragraph.delimiterRows += 1
            paragraph.headerScanWork += Self.stepsPerHeaderScanCell * (paragraph.pipes + paragraph.lines)
                + paragraph.cellPairs + Self.stepsPerHeaderScanByte * paragraph.bytes
            // The header is the line before, the table's first row.
            endTable()
            let columns = lineState.cells
            paragraph.table = Table(line: max(line - 1, 1), columns: columns, rows: 1)
            if columns > widestTable.columns { widestTable = (columns, max(line - 1, 1)) }
        } else if paragraph.table != nil {
            paragraph.table!.rows += 1
        }
        lineState = Line()
    }

    private mutating func endTable() {
        guard let table = paragraph.table else { return }
        // Rows shorter than the header are padded, so every row has every column.
        elements += 2 * table.columns * table.rows
        add(MarkdownHotspot(
            .table(columns: table.columns, rows: table.rows), line: table.line,
            work: table.rows * table.columns * table.columns))
        paragraph.table = nil
    }

    private mutating func endParagraph() {
        endTable()
        if paragraph.linkMarkerPairs > 0 {
            add(MarkdownHotspot(
                .linksAmongEmphasis(links: paragraph.closers, markers: paragraph.markers),
                line: paragraph.line, work: paragraph.linkMarkerPairs * Self.stepsPerLinkMarkerPair))
        }
        if paragraph.headerScanWork > 0 {
            add(MarkdownHotspot(
                .delimiterRows(paragraph.delimiterRows, paragraphBytes: paragraph.bytes), line: paragraph.line,
                work: paragraph.headerScanWork))
        }
        if paragraph.rowCellPairs > 0 {
            add(MarkdownHotspot(
                .wideRows(cells: paragraph.widestRow), line: paragraph.line,
                work: paragraph.rowCellPairs * Self.stepsPerRowCellPair))
        }
        if paragraph.htmlOpenings > 0 {
            add(MarkdownHotspot(
                .rawHTMLOpenings(paragraph.htmlOpenings, paragraphBytes: paragraph.bytes),
                line: paragraph.line, work: paragraph.htmlOpenings * paragraph.bytes))
        }
    }

    private mutating func add(_ hotspot: MarkdownHotspot) {
        work += hotspot.work
        if hotspot.work > worst?.work ?? 0 { worst = hotspot }
    }
}
