import AdvocacyCore

extension XLIFFReader {
    /// The text of a `<source>` or `<target>`. Each placeholder's inline code becomes the
    /// placeholder as written: in XLIFF 2.0 `<ph equiv="{{…}}"/>`; in XLIFF 1.2 `<x equiv-text>`
    /// or `<ph>{{…}}</ph>`; a code without its text takes that of the source's code with the
    /// same id. `<cp>` gives its character; `<mrk>`, `<g>` and the 2.0 markers keep their text.
    /// Any other code is refused: advocate could not say what it means.
    mutating func content(of element: XMLElement) -> String? {
        var text = ""
        var isValid = true
        for child in element.children {
            switch child {
            case .text(let piece, let location):
                anchor(piece, at: location, offset: text.unicodeScalars.count)
                text += piece
            case .element(let inline) where inline.namespace != namespace:
                report("the element <\(inline.qualifiedName)> is not allowed in <\(element.qualifiedName)>; keep the text plain", at: inline.location)
                isValid = false
            case .element(let inline):
                targetPlace?.anchor(text.unicodeScalars.count, at: inline.location)
                switch (inline.name, isVersion2) {
                case ("cp", true):
                    guard let scalar = codePoint(inline) else { isValid = false; continue }
                    text.unicodeScalars.append(scalar)
                case ("mrk", _), ("g", false):
                    guard let inner = content(of: inline) else { isValid = false; continue }
                    text += inner
                case ("sm", true), ("em", true):
                    continue
                case ("ph", true):
                    guard let code = placeholder(inline, written: inline.attribute("equiv")?.value) else { isValid = false; continue }
                    text += code
                case ("x", false):
                    guard let code = placeholder(inline, written: inline.attribute("equiv-text")?.value) else { isValid = false; continue }
                    text += code
                case ("ph", false):
                    let native = plainText(of: inline)
                    guard let code = placeholder(inline, written: native.flatMap { $0.isEmpty ? nil : $0 }) else { isValid = false; continue }
                    text += code
                case ("pc", true), ("sc", true), ("ec", true), ("bx", false), ("ex", false), ("bpt", false), ("ept", false), ("it", false), ("sub", false):
                    report("the inline code <\(inline.name)> is not supported: advocate writes each placeholder such as {{name}} as one <\(isVersion2 ? "ph" : "x")>; remove the code and keep its text", at: inline.location)
                    isValid = false
                default:
                    report("unexpected element <\(inline.qualifiedName)> in <\(element.qualifiedName)>; keep the text plain", at: inline.location)
                    isValid = false
                }
            }
        }
        return isValid ? text : nil
    }

    /// The placeholder an inline code stands for: its own text, or that of the source's code
    /// with its id. It must be exactly one placeholder, so that a code cannot smuggle text in.
    private mutating func placeholder(_ code: XMLElement, written: String?) -> String? {
        let id = code.attribute("id")?.value
        guard let written = written ?? id.flatMap({ sourceCodes[$0] }) else {
            report("<\(code.qualifiedName)\(id.map { " id=\"\($0)\"" } ?? "")> does not say which placeholder it is, and the source has no code with its id; keep the code as it was sent", at: code.location)
            return nil
        }
        let scan = PlaceholderScan(written)
        guard scan.problems.isEmpty, scan.tags.count == 1, scan.tags[0].range == 0..<written.unicodeScalars.count else {
            report("<\(code.qualifiedName)> stands for '\(written)', which is not one placeholder such as {{vars.organisation}}", at: code.location)
            return nil
        }
        if isReadingSource, let id { sourceCodes[id] = written }
        return written
    }

    /// Records where a piece of the target's text is, line by line.
    private mutating func anchor(_ piece: String, at location: SourceLocation, offset: Int) {
        guard targetPlace != nil else { return }
        targetPlace?.anchor(offset, at: location)
        var line = location.line
        for (index, scalar) in piece.unicodeScalars.enumerated() where scalar == "\n" {
            line += 1
            targetPlace?.anchor(offset + index + 1, at: SourceLocation(file: location.file, line: line, column: 1))
        }
    }

    /// The text of a `<note>` or a 1.2 `<ph>`, which hold text only.
    mutating func plainText(of element: XMLElement) -> String? {
        var text = ""
        for child in element.children {
            switch child {
            case .text(let piece, _): text += piece
            case .element(let inner):
                report("<\(element.qualifiedName)> holds text only; remove the element <\(inner.qualifiedName)>", at: inner.location)
                return nil
            }
        }
        return text
    }

    private mutating func codePoint(_ element: XMLElement) -> Unicode.Scalar? {
        guard let hex = requiredAttribute("hex", of: element) else { return nil }
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            report("<cp hex=\"\(hex)\"> does not name a Unicode character", at: element.location)
            return nil
        }
        return scalar
    }
}
