import AdvocacyCore

/// Checks an SVG picture (a partner's logo, or one embedded in a layout as a `data:` address)
/// for anything that would make the PDF engine run, read or fetch something: scripts, event
/// handlers, `<foreignObject>`, embedded HTML, a reference (`href`, `xlink:href`, `src`) to
/// anything but one of its own `#fragments` or a checked `data:` image, and CSS that reaches
/// outside (``StyleCheck``).
///
/// The SVG is read with ``StrictXMLReader``, which refuses a DOCTYPE and any other markup
/// declaration, so no entity can be declared, fetched or expanded.
enum SVGCheck {
    /// A problem and where it is in the SVG.
    struct Problem {
        var message: String
        var location: SourceLocation
    }

    /// What the check found.
    enum Outcome {
        /// The bytes are not well-formed, DTD-free XML with an `<svg>` root; why.
        case notXML(String)
        /// Every problem of a well-formed SVG; none when it may be used.
        case checked([Problem])
    }

    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    private static let prefixes = [StrictXMLReader.xmlNamespace: "xml", "http://www.w3.org/1999/xlink": "xlink"]
    /// Elements that run code or embed other documents.
    static let refusedElements: Set<String> = ["script", "foreignobject", "handler", "listener", "iframe", "object", "embed", "audio", "video"]

    /// Checks `bytes`; `file` names the SVG in locations.
    static func problems(in bytes: [UInt8], file: String, depth: Int = 0) -> Outcome {
        let root: XMLElement
        switch ExchangeText.lines(of: bytes, file: file) {
        case .unreadable(let problem):
            return .notXML(problem.message)
        case .lines(let lines):
            do {
                root = try StrictXMLReader.read(lines: lines, file: file, kind: "SVG")
            } catch {
                return .notXML("\(error.location.line):\(error.location.column): \(error.message)")
            }
        }
        if bytes.count >= 16, String(decoding: bytes, as: UTF8.self).contains("<?xml-stylesheet") {
            return .notXML("an <?xml-stylesheet?> instruction would load a stylesheet; put the rules in a <style> element")
        }
        guard root.namespace == svgNamespace, root.name == "svg" else {
            return .notXML("its root element is <\(root.qualifiedName)>, not an <svg> in the SVG namespace (\(svgNamespace))")
        }
        var problems: [Problem] = []
        var pending = [root]
        while let element = pending.popLast() {
            problems += check(element, depth: depth)
            for case .element(let child) in element.children.reversed() { pending.append(child) }
        }
        return .checked(problems.sorted { $0.location < $1.location })
    }

    private static func check(_ element: XMLElement, depth: Int) -> [Problem] {
        var problems: [Problem] = []
        let name = element.name.lowercasedASCII
        if element.namespace == xhtmlNamespace || refusedElements.contains(name) {
            problems.append(Problem(message: "holds <\(element.qualifiedName)>, which is refused in a picture: it runs code or embeds another document; remove it", location: element.location))
        }
        let style = StyleCheck(allowsFragments: true, depth: depth)
        for attribute in element.attributes {
            let attributeName = attribute.name.lowercasedASCII
            let written = attribute.namespace.map { "\(prefixes[$0] ?? $0):\(attribute.name)" } ?? attribute.name
            if attributeName.hasPrefix("on") {
                problems.append(Problem(message: "gives <\(element.qualifiedName)> the event handler \(written), which is refused; remove it", location: attribute.location))
            } else if attributeName == "href" || attributeName == "src" || attributeName == "base" {
                let value = attribute.value.trimmingASCIIWhitespace()
                guard !value.hasPrefix("#") || attributeName == "base" else { continue }
                switch EmbeddedData.check(value, depth: depth) {
                case .accepted:
                    break
                case .notData:
                    problems.append(Problem(
                        message: "gives <\(element.qualifiedName)> \(written)=\"\(value.prefix(60))\", which points outside the picture: the PDF engine would read or fetch it; an SVG may only refer to its own #fragments and to images embedded as data: addresses",
                        location: attribute.location))
                case .refused(let why):
                    problems.append(Problem(message: "gives <\(element.qualifiedName)> a data: address that is refused: \(why)", location: attribute.location))
                }
            } else {
                for problem in style.problems(in: Array(attribute.value.unicodeScalars)) {
                    problems.append(Problem(message: "has in its \(written) attribute: \(problem.message)", location: attribute.location))
                }
            }
        }
        if name == "style" {
            let css = element.children.compactMap { child -> String? in
                if case .text(let text, _) = child { return text }
                return nil
            }.joined()
            for problem in style.problems(in: Array(css.unicodeScalars)) {
                problems.append(Problem(message: "has in a <style> element: \(problem.message)", location: element.location))
            }
        }
        return problems
    }
}
