/// Finds what in a piece of CSS could make the PDF engine read or fetch something: `@import`,
/// `url(…)` and `src(…)` to anything but a `data:` address (or, in SVG, a `#fragment`), and the
/// functions that load resources some other way (`image()`, `image-set()`, `cross-fade()`,
/// `element()`, `local()`).
///
/// The CSS is tokenized as CSS Syntax Level 3 says, so comments, strings and escapes hide
/// nothing: `\75 rl(` is `url(`, `@\69mport` is `@import`, and `/**/` splits no name.
struct StyleCheck {
    /// A problem and the offset, in the scanned text, of the token at fault.
    typealias Problem = (message: String, offset: Int)

    /// Functions that load a resource other than through a URL this check can see.
    static let refusedFunctions: Set<String> = [
        "image", "image-set", "-webkit-image-set", "cross-fade", "-webkit-cross-fade", "element", "-moz-element", "local",
    ]

    /// Whether `url(#id)` is allowed: SVG paints and filters point at their own elements so.
    var allowsFragments = false
    /// How deep `data:` addresses inside SVG inside CSS may nest.
    var depth = 0

    /// Every problem in `css`.
    func problems(in css: [Unicode.Scalar]) -> [Problem] {
        var tokenizer = StyleTokenizer(css)
        var problems: [Problem] = []
        var pendingFunction: (name: String, offset: Int)?
        while let token = tokenizer.next() {
            if let function = pendingFunction {
                pendingFunction = nil
                if case .string(let value) = token.kind {
                    problems += address(value, in: "\(function.name)()", at: token.offset)
                } else {
                    problems.append(("\(function.name)() may only hold a quoted data: address here", function.offset))
                }
                continue
            }
            switch token.kind {
            case .atKeyword("import"):
                problems.append(("@import is refused in a layout or logo: it would make the PDF engine fetch a stylesheet; put the rules in the <style> element itself", token.offset))
            case .function("url"), .function("src"):
                guard case .function(let name) = token.kind else { break }
                pendingFunction = (name, token.offset)
            case .function(let name) where Self.refusedFunctions.contains(name):
                problems.append(("\(name)() is refused: it would make the PDF engine load a resource; embed images as url(\"data:…\")", token.offset))
            case .url(let value):
                problems += address(value, in: "url()", at: token.offset)
            case .badURL:
                problems.append(("this url(…) is malformed; write url(\"data:…\")", token.offset))
            default:
                break
            }
        }
        return problems
    }

    private func address(_ value: String, in function: String, at offset: Int) -> [Problem] {
        let trimmed = value.trimmingASCIIWhitespace()
        if allowsFragments, trimmed.hasPrefix("#") { return [] }
        switch EmbeddedData.check(trimmed, depth: depth) {
        case .accepted:
            return []
        case .notData:
            let allowed = allowsFragments ? "a data: address or a #fragment" : "a data: address"
            return [("\(function) points outside the build ('\(trimmed.prefix(60))'): the PDF engine would read or fetch it; only \(allowed) may be used", offset)]
        case .refused(let why):
            return [("\(function) holds a data: address that is refused: \(why)", offset)]
        }
    }
}
