import AdvocacyCore

extension LayoutMarkupCheck {
    /// Character references a layout may use in an address, `rel` or `style`, by their
    /// case-sensitive names; any other named one followed by `;` is refused there rather than
    /// guessed at.
    static let namedReferences: [String: String] = [
        "amp": "&", "AMP": "&", "lt": "<", "LT": "<", "gt": ">", "GT": ">", "quot": "\"", "QUOT": "\"", "apos": "'",
        "nbsp": "\u{A0}", "colon": ":", "sol": "/", "num": "#", "Tab": "\t", "NewLine": "\n", "lpar": "(", "rpar": ")", "period": ".", "commat": "@",
        "bsol": "\\", "excl": "!", "percnt": "%", "semi": ";", "equals": "=", "plus": "+", "comma": ",",
        "lowbar": "_", "quest": "?", "dollar": "$", "ast": "*", "hyphen": "‐",
    ]

    /// Checks one attribute of a start tag of element `element`.
    mutating func check(_ attribute: Attribute, of element: String) {
        let name = attribute.name
        let hasTags = attribute.parts.contains { if case .tag = $0 { true } else { false } }
        if name.hasPrefix("on") {
            report("the layout gives <\(element)> the event handler \(name), which is refused; remove it", at: attribute.start)
            return
        }
        if name == "http-equiv" || name == "srcdoc" {
            report("the layout gives <\(element)> the attribute \(name), which is refused: it would make the PDF engine load something; remove it", at: attribute.start)
            return
        }
        guard name == "rel" || name == "style" || Self.addressAttributes.contains(name) else { return }
        guard let parts = decoded(attribute) else { return }
        if name == "rel" || name == "style", hasTags {
            report("no Mustache tag may stand in the \(name) attribute of <\(element)>: a value could change what it means; write it out", at: attribute.start)
            return
        }
        let value = parts.map { if case .literal(let text) = $0 { text } else { "" } }.joined()
        switch name {
        case "rel":
            if value.lowercasedASCII.unicodeScalars.split(whereSeparator: Self.isBlank).contains(where: { String(String.UnicodeScalarView($0)) == "attachment" }) {
                report("the layout gives <\(element)> rel=\"attachment\", which is refused: the PDF engine would embed the file it points at in the PDF; remove it", at: attribute.start)
            }
        case "style":
            for problem in StyleCheck().problems(in: Array(value.unicodeScalars)) {
                report("the layout's style attribute on <\(element)>: \(problem.message)", at: attribute.start)
            }
        default:
            checkAddress(parts, attribute: name, of: element, at: attribute.start)
        }
    }

    private mutating func checkAddress(_ parts: [Part], attribute name: String, of element: String, at offset: Int) {
        let compact: (String) -> String = { String($0.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }).trimmingASCIIWhitespace() }
        let lead: String? = if case .literal(let text) = parts.first { compact(text).lowercasedASCII } else { nil }
        let field: String? = if parts.count == 1, case .tag(let tag) = parts[0] { tag.name.split(separator: ".").last.map(String.init) } else { nil }
        if lead?.hasPrefix("#") == true { return }
        if let field, PaperPage.embeddedFieldNames.contains(field) { return }
        let isLink = element == "a" && name == "href"
        if isLink, let field, PaperPage.linkFieldNames.contains(field) { return }
        if isLink, let lead, ["http://", "https://", "mailto:"].contains(where: { lead.hasPrefix($0) }) { return }
        let allowed = isLink
            ? "a #fragment, a data: address, a web or mail address (https://…, mailto:…), or {{url}}, {{website}}"
            : "a #fragment, a data: address, or {{partner.logo}}"
        if parts.allSatisfy({ if case .literal = $0 { true } else { false } }) {
            let value = parts.map { if case .literal(let text) = $0 { text } else { "" } }.joined()
            switch EmbeddedData.check(value) {
            case .accepted:
                return
            case .refused(let why):
                report("the layout gives <\(element)> \(name)=\"data:…\", which is refused: \(why)", at: offset)
                return
            case .notData:
                report("the layout gives <\(element)> \(name)=\"\(compact(value).prefix(60))\", which points outside the build: the PDF engine would read or fetch it; use \(allowed)", at: offset)
                return
            }
        }
        report("the layout gives <\(element)> a \(name) made with Mustache tags that may point outside the build; use \(allowed)", at: offset)
    }

    /// The attribute's parts with character references decoded, or `nil` (and a problem) when
    /// one is not among those advocate decodes.
    private mutating func decoded(_ attribute: Attribute) -> [Part]? {
        var parts: [Part] = []
        for part in attribute.parts {
            guard case .literal(let text) = part else {
                parts.append(part)
                continue
            }
            let scalars = Array(text.unicodeScalars)
            var result = ""
            var position = 0
            while position < scalars.count {
                guard scalars[position] == "&", let (replacement, length) = Self.reference(in: scalars, at: position) else {
                    result.unicodeScalars.append(scalars[position])
                    position += 1
                    continue
                }
                guard let replacement else {
                    report("the \(attribute.name) attribute holds a character reference advocate does not decode here; write the character itself", at: attribute.start)
                    return nil
                }
                result += replacement
                position += length
            }
            parts.append(.literal(result))
        }
        return parts
    }

    /// The reference starting at `position` (an `&`): `nil` when the `&` is plain text, or the
    /// text it stands for (`nil` inside when unknown) and its length.
    private static func reference(in scalars: [Unicode.Scalar], at position: Int) -> (String?, Int)? {
        var end = position + 1
        let isAlphanumeric: (Unicode.Scalar) -> Bool = { $0.properties.isASCIIHexDigit || ($0 >= "g" && $0 <= "z") || ($0 >= "G" && $0 <= "Z") }
        if end < scalars.count, scalars[end] == "#" {
            end += 1
            let hex = end < scalars.count && (scalars[end] == "x" || scalars[end] == "X")
            if hex { end += 1 }
            let digitsStart = end
            while end < scalars.count, hex ? scalars[end].properties.isASCIIHexDigit : (scalars[end] >= "0" && scalars[end] <= "9") { end += 1 }
            guard end > digitsStart else { return nil }
            let digits = String(String.UnicodeScalarView(scalars[digitsStart..<end]))
            if end < scalars.count, scalars[end] == ";" { end += 1 }
            let value = UInt32(digits.prefix(8), radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
            return (String(value == "\0" ? "\u{FFFD}" : value), end - position)
        }
        while end < scalars.count, isAlphanumeric(scalars[end]) { end += 1 }
        guard end > position + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(position + 1)..<end]))
        guard end < scalars.count, scalars[end] == ";" else {
            // Without ';', only the legacy names decode, and in an attribute only when neither
            // a letter, a digit nor '=' follows: "&ampx" and "&b=2" stay text.
            let legacy = ["amp", "AMP", "lt", "LT", "gt", "GT", "quot", "QUOT"].contains(name)
            guard legacy, end >= scalars.count || scalars[end] != "=" else { return nil }
            return (namedReferences[name], end - position)
        }
        return (namedReferences[name], end + 1 - position)
    }
}
