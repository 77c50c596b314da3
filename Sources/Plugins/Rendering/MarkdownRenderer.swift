public import AdvocacyCore

/// Renders campaign Markdown to HTML with cmark-gfm, the C reference implementation of
/// CommonMark with GitHub's extensions: tables, footnotes, autolinks and strikethrough.
///
/// The output is safe to put in a page or a mail: raw HTML never reaches it (not even as a
/// comment), links whose address starts with `javascript:`, `vbscript:`, `file:` or `data:`
/// are reduced to their text, and every image is a `data:` address (see ``MarkdownImages``):
/// nothing that shows the HTML reads a file or fetches a URL for it. Time and memory stay bounded: text that
/// cmark-gfm would take too long or too much memory to render is refused before it is parsed,
/// with an ``AdvocateError`` of kind ``AdvocateError/Kind/invalidInput`` naming what is too
/// large; see ``MarkdownLimits``.
///
/// ```swift
/// let html = try MarkdownRenderer().html("Une économie *sociale* et ~~marchande~~ solidaire.")
/// // <p>Une économie <em>sociale</em> et <del>marchande</del> solidaire.</p>\n
/// ```
///
/// Renderers are values and may be used from any thread; parses are serialised, because
/// cmark-gfm 0.29 keeps a table of special characters in a global that each parse rewrites.
public struct MarkdownRenderer: Sendable {
    /// How the text is read; none by default.
    public var options: Options
    /// What text is refused as too large or too complex.
    public var limits: MarkdownLimits
    /// Which images are allowed, and where image files are read from.
    public var images: MarkdownImages

    /// Creates a renderer.
    public init(options: Options = [], limits: MarkdownLimits = .standard, images: MarkdownImages = .dataOnly) {
        self.options = options
        self.limits = limits
        self.images = images
    }

    /// The HTML for `markdown`: a fragment of block elements, each line ending in a newline.
    ///
    /// - Throws: ``AdvocateError/Kind/invalidInput`` when the text exceeds ``limits``, or holds
    ///   an image ``images`` refuses; the message names the line and what is wrong.
    public func html(_ markdown: String) throws(AdvocateError) -> String {
        try prepare(markdown) { parser, document in parser.render(document) }
    }

    /// Checks `markdown` as ``html(_:)`` does, without making the HTML: what validation runs.
    ///
    /// - Throws: what ``html(_:)`` throws.
    public func check(_ markdown: String) throws(AdvocateError) {
        try prepare(markdown) { _, _ in () }
    }

    private func prepare<Value>(_ markdown: String, _ finish: (CmarkParser, CmarkDocument) -> Value) throws(AdvocateError) -> Value {
        var markdown = markdown
        let result = markdown.withUTF8 { bytes -> Result<Value, AdvocateError> in
            if let error = MarkdownCost.excess(ofSize: bytes.count, over: limits) { return .failure(error) }
            let cost = MarkdownCost(measuring: bytes, smartPunctuation: options.contains(.smartPunctuation))
            if let error = cost.excess(over: limits) { return .failure(error) }
            return Result { () throws(AdvocateError) in
                try CmarkRenderer(options: options, limits: limits, images: images).prepare(bytes, finish)
            }
        }
        return try result.get()
    }
}
