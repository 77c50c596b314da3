import AdvocacyCore
internal import CCmarkGFM
import Foundation

/// cmark-gfm as advocate uses it: the GitHub extensions attached, safe mode, and a tree cleaned
/// of raw HTML and dangerous links, measured against the structural limits, and with its images
/// embedded, before it is rendered.
struct CmarkRenderer {
    /// The extensions, by the names cmark-gfm registers them under. Footnotes are not one in
    /// 0.29.0.gfm.6 but the parser option CMARK_OPT_FOOTNOTES.
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter"]

    var options: MarkdownRenderer.Options
    var limits: MarkdownLimits
    var images: MarkdownImages

    /// Parses `markdown`, which the caller has measured against its cost limits, cleans the
    /// tree, measures it and embeds its images, and hands the tree to `finish`, which may render it.
    /// - Throws: ``AdvocateError/Kind/invalidInput`` when the tree is nested too deeply or has
    ///   too many blocks or table cells, or when an image is refused.
    func prepare<Value>(
        _ markdown: UnsafeBufferPointer<UInt8>, _ finish: (CmarkParser, CmarkDocument) -> Value
    ) throws(AdvocateError) -> Value {
        // Safe mode is cmark-gfm's default since 0.29: CMARK_OPT_UNSAFE is never set.
        var flags = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
        if options.contains(.hardBreaks) { flags |= CMARK_OPT_HARDBREAKS }
        let parser = CmarkParser(options: flags)
        let document = parser.parse(markdown)
        document.removeUnsafeContent()
        if let error = MarkdownStructure(of: document).excess(over: limits) { throw error }
        try images.embed(in: document)
        return finish(parser, document)
    }
}

/// cmark-gfm 0.29.0.gfm.6 keeps the table of characters that start inline syntax in a global,
/// which `cmark_parser_finish` fills with the extensions' characters and then clears: two
/// parses at once would clear it under each other. Registering the extensions is not
/// thread-safe either. Everything up to and including `cmark_parser_finish` holds this lock.
private let parsing = NSLock()

/// Owns a `cmark_parser` with advocate's extensions attached; it must outlive rendering,
/// which uses its list of extensions.
final class CmarkParser {
    private let parser: OpaquePointer
    private let options: Int32

    init(options: Int32) {
        self.options = options
        // The default allocator aborts rather than return NULL.
        parser = cmark_parser_new(options)
    }

    deinit { cmark_parser_free(parser) }

    /// The document tree for `markdown`.
    func parse(_ markdown: UnsafeBufferPointer<UInt8>) -> CmarkDocument {
        parsing.withLock {
            cmark_gfm_core_extensions_ensure_registered()
            for name in CmarkRenderer.extensions {
                guard let extension_ = cmark_find_syntax_extension(name) else {
                    preconditionFailure("cmark-gfm has no '\(name)' extension")
                }
                cmark_parser_attach_syntax_extension(parser, extension_)
            }
            markdown.withMemoryRebound(to: CChar.self) { text in
                if let base = text.baseAddress { cmark_parser_feed(parser, base, text.count) }
            }
            return CmarkDocument(root: cmark_parser_finish(parser))
        }
    }

    /// The HTML for `document`, which this parser made.
    func render(_ document: CmarkDocument) -> String {
        // Never NULL: the default allocator aborts instead. The HTML is allocated with the
        // document's allocator, cmark-gfm's default.
        let html = cmark_render_html(document.root, options, cmark_parser_get_syntax_extensions(parser))!
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }
}

/// Owns the root `cmark_node` of a parsed document, and with it the whole tree.
final class CmarkDocument {
    let root: OpaquePointer

    init(root: OpaquePointer) { self.root = root }

    deinit { cmark_node_free(root) }

    /// Drops raw HTML, so that safe mode's `<!-- raw HTML omitted -->` never shows, and turns
    /// links whose address ``DangerousURL`` matches into their text. Images are left to
    /// ``MarkdownImages``, which allows fewer addresses still.
    func removeUnsafeContent() {
        var rawHTML: [OpaquePointer] = []
        var dangerousLinks: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let node = cmark_iter_get_node(iterator)
            else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTML.append(node)
            case CMARK_NODE_LINK:
                if let url = cmark_node_get_url(node),
                    DangerousURL.matches(UnsafeRawBufferPointer(start: url, count: strlen(url)))
                {
                    dangerousLinks.append(node)
                }
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        // Changed after the walk, which must not see nodes move under it. Parents come before
        // their children, and moving a node keeps it valid. Freeing a node unlinks it.
        for link in dangerousLinks {
            while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
            cmark_node_free(link)
        }
        for node in rawHTML { cmark_node_free(node) }
    }
}
