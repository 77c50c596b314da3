import AdvocacyCore
internal import CCmarkGFM

/// The shape of a parsed Markdown text that decides what laying it out costs a PDF engine:
/// how deeply its blocks nest, how many there are, and the largest table. Measured on the tree
/// cmark-gfm built, in one walk; ``MarkdownLimits`` bounds each.
struct MarkdownStructure {
    /// The deepest nesting of blocks below the document, and the line where it is first reached.
    private(set) var depth = (blocks: 0, line: 0)
    /// Blocks: paragraphs, headings, block quotes, lists and their items, code, tables, rows, cells.
    private(set) var blocks = 0
    /// The table with the most cells, and the line where it starts.
    private(set) var largestTable = (cells: 0, line: 0)

    /// Measures the tree of `document`.
    init(of document: CmarkDocument) {
        var nesting = 0
        var table = (cells: 0, line: 0)
        let iterator = cmark_iter_new(document.root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), node != document.root,
                cmark_node_get_type(node).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
            else { continue }
            let kind = String(cString: cmark_node_get_type_string(node))
            guard event == CMARK_EVENT_ENTER else {
                nesting -= 1
                if kind == "table", table.cells > largestTable.cells { largestTable = table }
                continue
            }
            nesting += 1
            blocks += 1
            if nesting > depth.blocks { depth = (nesting, Int(cmark_node_get_start_line(node))) }
            if kind == "table" { table = (0, Int(cmark_node_get_start_line(node))) }
            if kind == "table_cell" { table.cells += 1 }
        }
    }

    /// The error for the first limit this structure exceeds, or nil when it is within all of them.
    func excess(over limits: MarkdownLimits) -> AdvocateError? {
        if depth.blocks > limits.maximumDepth {
            return AdvocateError(
                .invalidInput,
                "This Markdown text nests block quotes or lists \(depth.blocks) deep at line \(depth.line), more than "
                    + "the \(limits.maximumDepth) advocate prints; nest less deeply.")
        }
        if largestTable.cells > limits.maximumTableCells {
            return AdvocateError(
                .invalidInput,
                "The Markdown table at line \(largestTable.line) has \(largestTable.cells) cells, more than the "
                    + "\(limits.maximumTableCells) advocate prints; split it into smaller tables.")
        }
        if blocks > limits.maximumBlocks {
            return AdvocateError(
                .invalidInput,
                "This Markdown text has \(blocks) blocks (paragraphs, headings, list items, table cells …), more "
                    + "than the \(limits.maximumBlocks) advocate prints; split it into smaller texts.")
        }
        return nil
    }
}
