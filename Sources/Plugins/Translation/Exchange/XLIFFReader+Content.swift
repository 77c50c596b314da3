import AdvocacyCore

extension XLIFFReader {
    /// The text of a `<source>` or `<target>`: `<cp>` gives its character, the annotations
    /// `<mrk>`, `<sm>` and `<em>` keep their text; inline codes are refused.
    mutating func content(of element: XMLElement) -> String? {
        var text = ""
        var isValid = true
        for child in element.children {
            switch child {
            case .text(let piece, _):
                text += piece
            case .element(let inline) where inline.namespace != XLIFFWriter.namespace:
                report("the element <\(inline.qualifiedName)> is not allowed in <\(element.qualifiedName)>; keep the text plain", at: inline.location)
                isValid = false
            case .element(let inline):
                switch inline.name {
                case "cp":
                    guard let scalar = codePoint(inline) else { isValid = false; continue }
                    text.unicodeScalars.append(scalar)
                case "mrk":
                    guard let inner = content(of: inline) else { isValid = false; continue }
                    text += inner
                case "sm", "em":
                    continue
                case "ph", "pc", "sc", "ec":
                    report("the inline code <\(inline.name)> is not supported: advocate writes plain text, with placeholders such as {{name}} as text; remove the code and keep its text", at: inline.location)
                    isValid = false
                default:
                    report("unexpected element <\(inline.qualifiedName)> in <\(element.qualifiedName)>; keep the text plain", at: inline.location)
                    isValid = false
                }
            }
        }
        return isValid ? text : nil
    }

    /// The text of a `<note>`, which holds text only.
    mutating func plainText(of element: XMLElement) -> String? {
        var text = ""
        for child in element.children {
            switch child {
            case .text(let piece, _): text += piece
            case .element(let inner):
                report("a <note> holds text only; remove the element <\(inner.qualifiedName)>", at: inner.location)
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
