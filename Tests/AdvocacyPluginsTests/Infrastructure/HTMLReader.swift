import Foundation

/// What Python's `html.parser`, a reader independent of cmark-gfm, finds in an HTML fragment.
struct HTMLReading: Decodable {
    /// One attribute, with character references already decoded, as a browser sees it.
    struct Attribute: Decodable {
        var tag: String
        var name: String
        var value: String
    }

    /// Start tags, in order, lowercased.
    var tags: [String]
    var attributes: [Attribute]
    /// Comments, declarations, processing instructions and CDATA: markup that is not an element.
    var otherMarkup: [String]
    /// End tags that close nothing open, and elements left open at the end.
    var nestingProblems: [String]
    /// The text, with character references decoded.
    var text: String
}

/// Reads HTML with `python3 -c` and Python's `html.parser`.
enum HTMLReader {
    static func read(_ html: String) throws -> HTMLReading {
        let read = try ExternalProgram(name: "python3").run(["-c", script], input: Array(html.utf8))
        return try JSONDecoder().decode(HTMLReading.self, from: Data(read.stdout.utf8))
    }

    private static let script = """
        import sys, json
        from html.parser import HTMLParser
        VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
        class Reader(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.tags, self.attributes, self.other, self.problems, self.text, self.open = [], [], [], [], [], []
            def handle_starttag(self, tag, attrs):
                self.tags.append(tag)
                self.attributes += [{"tag": tag, "name": n, "value": v or ""} for n, v in attrs]
                if tag not in VOID: self.open.append(tag)
            def handle_startendtag(self, tag, attrs):
                self.tags.append(tag)
                self.attributes += [{"tag": tag, "name": n, "value": v or ""} for n, v in attrs]
            def handle_endtag(self, tag):
                if self.open and self.open[-1] == tag: self.open.pop()
                else: self.problems.append("</%s> closes nothing open" % tag)
            def handle_data(self, data): self.text.append(data)
            def handle_comment(self, data): self.other.append("<!--%s-->" % data)
            def handle_decl(self, data): self.other.append("<!%s>" % data)
            def handle_pi(self, data): self.other.append("<?%s>" % data)
            def unknown_decl(self, data): self.other.append("<![%s]>" % data)
        reader = Reader()
        reader.feed(sys.stdin.read())
        reader.close()
        json.dump({"tags": reader.tags, "attributes": reader.attributes, "otherMarkup": reader.other,
                   "nestingProblems": reader.problems + ["<%s> left open" % t for t in reader.open],
                   "text": "".join(reader.text)}, sys.stdout)
        """
}
