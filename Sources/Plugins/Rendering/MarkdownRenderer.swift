/// Renders campaign Markdown to HTML with cmark-gfm, the C reference implementation of
/// CommonMark with GitHub's extensions: tables, footnotes, autolinks and strikethrough.
///
/// The output is safe to put in a page or a mail: raw HTML never reaches it (not even as a
/// comment), and links and images whose address starts with `javascript:`, `vbscript:`,
/// `file:` or `data:` are reduced to their text.
///
/// ```swift
/// let html = MarkdownRenderer().html("Une économie *sociale* et ~~marchande~~ solidaire.")
/// // <p>Une économie <em>sociale</em> et <del>marchande</del> solidaire.</p>\n
/// ```
///
/// Renderers are values and may be used from any thread; parses are serialised, because
/// cmark-gfm 0.29 keeps a table of special characters in a global that each parse rewrites.
public struct MarkdownRenderer: Sendable {
    /// How the text is read; none by default.
    public var options: Options

    /// Creates a renderer.
    public init(options: Options = []) {
        self.options = options
    }

    /// The HTML for `markdown`: a fragment of block elements, each line ending in a newline.
    public func html(_ markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { CmarkRenderer(options: options).html($0) }
    }
}
