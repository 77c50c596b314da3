/// One page of the preview site: a whole HTML document with its style inline, no script and
/// no resource from outside the site, so that it reads the same offline, in any browser.
struct PreviewPage {
    /// The page's path in the site, such as `fr.html`.
    let path: String
    let title: String
    let language: String
    /// The body's HTML, already escaped.
    let body: String

    var html: String {
        """
        <!DOCTYPE html>
        <html lang="\(Self.escaped(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escaped(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; line-height: 1.45; }
        nav a { margin-right: 1rem; }
        table { border-collapse: collapse; margin: 1rem 0; }
        th, td { border: 1px solid #c8c8cc; padding: .3rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f0f0f3; }
        .sample { border: 1px solid #c8c8cc; border-radius: .4rem; padding: 0 1rem; margin: 1rem 0; }
        .side { table-layout: fixed; width: 100%; }
        .side td { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: .85rem; }
        .removed { background: #fde8e8; } .added { background: #e6f6e6; }
        .note { color: #5a5a60; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// `text` for HTML content and attribute values (``HTMLEscaping``, as messages escape it).
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        HTMLEscaping.append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
