/// What Markdown ``MarkdownRenderer`` refuses as too large or too complex to render in bounded
/// time and memory.
///
/// The renderer measures the text in one pass before cmark-gfm sees it, and refuses it when a
/// measure exceeds its limit. The measures are upper bounds for every slow corner known in this
/// version: a text within the limits takes about a second and a few hundred megabytes at most,
/// while a refused text might in rare cases have been cheap after all (say, a list of thousands
/// of items without a blank line).
/// Campaign texts (summaries, demand bodies, position papers) are kilobytes and stay orders of
/// magnitude below every limit.
///
/// The limits exist because Debian 12's cmark-gfm (0.29.0.gfm.6) predates upstream's fixes for
/// several slow corners, and because every Markdown element costs about 200 bytes of memory:
///
/// - **Size**: at most ``maximumBytes`` of UTF-8, 16 MiB by default.
/// - **Elements**: at most ``maximumElements`` blocks, inline elements, text nodes and table
///   cells, counted generously from the bytes that can make one (two per line, markup
///   character or table cell, three per autolink candidate, one per `w`, where the autolink
///   extension splits text), 2,000,000 by default: about 350 MB at worst, while 10 MB of
///   position papers dense with markup count about 1,400,000. Ten thousand nested block quotes
///   or list items are fine; millions are not.
/// - **Table width**: at most ``maximumTableColumns`` columns, 1,000 by default.
/// - **Superlinear work**: at most ``maximumWork`` estimated steps, 1,000,000,000 by default,
///   about a second at worst. cmark-gfm 0.29.0.gfm.6 takes time proportional to a product in
///   six places, counted as:
///   - in a paragraph, each `]` that closes a link or footnote reference walks every emphasis
///     or strikethrough marker before it (20 steps a marker: each is a cache miss);
///   - each `<?` or `<![` that opens no complete raw HTML scans to the end of its paragraph
///     (a step a byte);
///   - each place an autolink could start (`www.`, `:`, `@`) scans its whole word
///     (5 steps a byte);
///   - each line that looks like a table's delimiter row (`|---|:-:|`) parses every line of
///     the paragraph before it as a table row, and joins the paragraph when the cells do not
///     match (100 steps a cell, 2 a byte, plus the square of each line's cells);
///   - parsing a line as a table row takes time quadratic in its cells (2 steps per pair);
///   - each table row finds each cell's column by counting from the first cell (columns²
///     steps a row), and rows shorter than the header are padded with empty cells.
///
///   A paragraph here is a run of lines without a blank line, a word a run of characters
///   without a space.
///
/// Three more limits bound what a PDF engine must lay out, measured on the parsed tree: weasyprint
/// 57 fails on block quotes nested 150 deep, takes half a minute over a table of 200 rows of 20
/// cells and minutes over 20,000 empty paragraphs. ``standard`` leaves them unbounded; ``paper``,
/// which position papers are rendered with, keeps them far above what a paper needs:
///
/// - **Depth**: at most ``maximumDepth`` blocks nested in one another (a block quote in a list
///   item in a list is three).
/// - **Blocks**: at most ``maximumBlocks`` paragraphs, headings, list items, table rows and cells
///   and other blocks in one text.
/// - **Table size**: at most ``maximumTableCells`` cells in one table, header included.
public struct MarkdownLimits: Sendable, Hashable {
    /// The longest text, in bytes of UTF-8.
    public var maximumBytes: Int
    /// The most elements the text may make, counted generously before parsing.
    public var maximumElements: Int
    /// The most columns a table may have.
    public var maximumTableColumns: Int
    /// The most estimated steps cmark-gfm's superlinear corners may take, summed over the text.
    public var maximumWork: Int
    /// The deepest nesting of blocks.
    public var maximumDepth: Int
    /// The most blocks one text may have.
    public var maximumBlocks: Int
    /// The most cells one table may have.
    public var maximumTableCells: Int

    /// Creates limits; the structural ones are unbounded unless given.
    public init(
        maximumBytes: Int, maximumElements: Int, maximumTableColumns: Int, maximumWork: Int,
        maximumDepth: Int = .max, maximumBlocks: Int = .max, maximumTableCells: Int = .max
    ) {
        self.maximumBytes = maximumBytes
        self.maximumElements = maximumElements
        self.maximumTableColumns = maximumTableColumns
        self.maximumWork = maximumWork
        self.maximumDepth = maximumDepth
        self.maximumBlocks = maximumBlocks
        self.maximumTableCells = maximumTableCells
    }

    /// The limits campaigns are rendered with: 16 MiB, 2,000,000 elements, 1,000 table columns,
    /// 1,000,000,000 steps of superlinear work.
    public static let standard = MarkdownLimits(
        maximumBytes: 16 << 20,
        maximumElements: 2_000_000,
        maximumTableColumns: 1_000,
        maximumWork: 1_000_000_000
    )

    /// The limits position papers are rendered with, for HTML and PDF: ``standard``, and at most
    /// 50 nested blocks, 1,000 blocks a text and 1,000 cells a table.
    public static let paper: MarkdownLimits = {
        var limits = MarkdownLimits.standard
        limits.maximumDepth = 50
        limits.maximumBlocks = 1_000
        limits.maximumTableCells = 1_000
        return limits
    }()
}
