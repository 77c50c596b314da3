import AdvocacyCore
@testable import AdvocacyPlugins
import Foundation
import Testing

/// The layout and logo checks on their own, over the tricks a hostile layout would try:
/// escapes, character references, comments, and Mustache sections that join markup.
struct LayoutMarkupCheckTests {
    /// A layout and its first problem, `line:column: message start`, or `nil` when accepted.
    static let cases: [(layout: String, expected: String?)] = [
        ("<a href=\"javascript&colon;alert(1)\">x</a>", "1:4: the layout gives <a> href=\"javascript:alert(1)\", which points outside the build"),
        ("<a href=\"java&#x09;script:alert(1)\">x</a>", "1:4: the layout gives <a> href=\"javascript:alert(1)\""),
        ("<img src=\"&NUM;x\">", "1:6: the src attribute holds a character reference advocate does not decode here"),
        ("<img src=\"&#x23;x\">", nil),
        ("<style>/**/@import \"x.css\";</style>", "1:12: the layout's <style> element: @import is refused"),
        ("<style>p { b: u/**/rl(x) }</style>", nil),
        ("<style>p { background: URL( 'x.png' ) }</style>", "1:29: the layout's <style> element: url() points outside the build"),
        ("<style>p { background: url(\"x.png\") }</style>", "1:28: the layout's <style> element: url() points outside the build"),
        ("<style>p { background: src(var(--x)) }</style>", "1:24: the layout's <style> element: src() may only hold a quoted data: address"),
        ("<style>p { background: url(var(--x)) }</style>", "1:24: the layout's <style> element: this url(…) is malformed"),
        ("<style>p { background: image-set(\"x.png\" 1x) }</style>", "1:24: the layout's <style> element: image-set() is refused"),
        ("<style>@font-face { font-family: f; src: local(Arial) }</style>", "1:42: the layout's <style> element: local() is refused"),
        ("<style>p { background: url(\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><image href='file:///etc/passwd'/></svg>\") }</style>",
         "1:28: the layout's <style> element: url() holds a data: address that is refused: its SVG gives <image> href=\"file:///etc/passwd\""),
        ("<img src=\"data:image/png;base64,\(Data("<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>".utf8).base64EncodedString())\">",
         "1:6: the layout gives <img> src=\"data:…\", which is refused: its SVG holds <script>"),
        ("<img src=\"data:image/png;BASE64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\">",
         "1:6: the layout gives <img> src=\"data:…\", which is refused: it is neither a PNG"),
        ("<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\">", nil),
        ("<img src=\"data:image/svg+xml,%3C%3Fxml-stylesheet href='http://x/a.css'%3F%3E%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E\">",
         "1:6: the layout gives <img> src=\"data:…\", which is refused: it is neither a PNG, JPEG, GIF or WebP image, nor a font, nor well-formed SVG (an <?xml-stylesheet?>"),
        ("<p>x</p><!-- <style> --><script>x</script><!-- </style> -->", "1:25: the layout holds a <script> element"),
        ("<!-- {{title}} -->", "1:6: {{title}} stands inside an HTML comment"),
        ("<p class={{title}}>", "1:10: {{title}} stands in the attribute class of <p> outside quotes"),
        ("<p {{title}}>", "1:4: {{title}} stands inside the tag <p>"),
        ("<{{title}}>", "1:2: {{title}} stands right after '<'"),
        ("<a href=\"{{title}}\">x</a>", "1:4: the layout gives <a> a href made with Mustache tags"),
        ("<a href=\"https://example.org/{{title}}\">x</a>", nil),
        ("<a href=\"mailto:{{partner.contact.email}}\">x</a>", nil),
        ("<img src=\"{{title}}\">", "1:6: the layout gives <img> a src made with Mustache tags"),
        ("{{#partner}}<img src=\"{{partner.logo}}\">{{/partner}}", nil),
        ("<a rel=\"{{title}}\" href=\"#x\">x</a>", "1:4: no Mustache tag may stand in the rel attribute of <a>"),
        ("<a href=\"#x\" rel=\"nofollow ATTACHMENT\">x</a>", "1:14: the layout gives <a> rel=\"attachment\""),
        ("<meta http-equiv=\"refresh\" content=\"0;url=http://x/\">", "1:7: the layout gives <meta> the attribute http-equiv"),
        ("<base href=\"http://x/\">", "1:1: the layout holds a <base> element"),
        ("<iframe src=\"#x\"></iframe>", "1:1: the layout holds a <iframe> element"),
        ("<svg><image href=\"file:///etc/passwd\"/></svg>", "1:1: the layout holds a <svg> element"),
        ("<image src=\"file:///etc/passwd\">", "1:8: the layout gives <image> src=\"file:///etc/passwd\""),
        ("<p style=\"background:&#117;rl(http://x/)\">", "1:4: the layout's style attribute on <p>: url() points outside the build"),
        ("<p style=\"color: red\">{{title}}</p>", nil),
        ("{{>other}}", "1:1: the layout holds a partial"),
        ("{{%CONTENT_TYPE:TEXT}}{{title}}", "1:1: the layout holds a pragma"),
        ("{{&title}}", "1:1: the layout inserts 'title' without escaping it"),
        ("{{{uppercased(title)}}}", "1:1: the layout names 'uppercased(title)', which papers do not have"),
        ("{{#demands}}{{.}}{{/demands}}", "1:13: {{.}} inserts the whole value of a section"),
        ("<h1{{#draft}} hidden{{/draft}}>", "1:21: {{/draft}} stands in the attribute hidden of <h1> outside quotes"),
        ("<h1{{#draft}} hidden=\"\"{{/draft}}>{{title}}</h1>", nil),
        ("<h1{{#draft}} a=\"1\"{{/draft}}b=\"2\">", "1:20: {{/draft}} inside the tag <h1> must be followed by a space"),
        ("{{#draft}}<b {{/draft}}>", "1:14: {{/draft}} closes, in another place of the markup, the section opened at line 1, column 1"),
        ("<script{{#draft}}x{{/draft}}>", "1:1: the layout holds a <script> element"),
        ("<p title=\"{{#draft}}x{{/draft}}\">", "1:11: {{#draft}} stands inside the value of the attribute title"),
        ("<select><style><textarea></textarea><link rel=stylesheet href=http://x/></style></select>", "1:1: the layout holds a <select> element"),
        ("<title><!--</title><script>x</script>--></title>", "1:20: the layout holds a <script> element"),
        ("<title>{{title}}</title><p>{{title}}</p>", nil),
        ("<title></ti{{title}}tle><script>x</script></title>", "1:12: {{title}} stands inside <title> where it could complete '</title'"),
        ("<title>{{#draft}}x{{/draft}}</title>", "1:8: {{#draft}} stands inside <title>"),
        ("<p><{{! x }}script>alert(1)</script></p>", "1:5: {{!…}} stands right after '<'"),
        ("<!-- x --{{! x }}> <script>x</script> -->", "1:10: {{!…}} stands inside an HTML comment"),
        ("<style>p { background: u{{! x }}rl(http://x/) }</style>", "1:25: {{!…}} stands inside a <style> element"),
        ("<scr{{! x }}ipt>x</script>", "1:1: the layout holds a <script> element"),
        ("<p cl{{! x }}ass=\"a\" title=\"{{! x }}{{title}}\">{{! x }}{{title}}</p>", nil),
        ("<style>{{title}}</style>", "1:8: {{title}} stands inside a <style> element"),
        ("<p>{{{summary.html}}}</p><p title=\"{{{summary.html}}}\">", "1:36: {{{summary.html}}} stands inside the value of the attribute title"),
    ]

    @Test(arguments: cases.indices)
    func eachTrickIsFoundWhereItIs(_ index: Int) {
        let (layout, expected) = Self.cases[index]
        do {
            _ = try PaperLayout(text: layout, file: "l.mustache")
            #expect(expected == nil, "accepted: \(layout)")
        } catch {
            let first = error.diagnostics.first.map { "\($0.location.line):\($0.location.column): \($0.message)" } ?? error.message
            #expect(expected.map { first.hasPrefix($0) } == true, "\(layout)\ngave: \(first)")
        }
    }

    @Test func theRepositorysLogosPass() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Campaigns/partners/logos")
        let logos = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }
        #expect(logos.count == 3)
        for logo in logos {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(logo)))
            guard case .checked(let problems) = SVGCheck.problems(in: bytes, file: logo) else {
                Issue.record("\(logo) is not read as SVG")
                continue
            }
            #expect(problems.isEmpty, "\(logo): \(problems.map(\.message))")
        }
    }
}
