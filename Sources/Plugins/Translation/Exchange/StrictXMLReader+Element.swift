extension StrictXMLReader {
    /// The element whose `<` is next, with everything inside it.
    ///
    /// Iterative, with an explicit stack, so that nesting depth costs no call stack.
    mutating func element() throws(XMLSyntaxError) -> XMLElement {
        var open: [XMLElement] = []
        var text = ""
        var textStart = 0
        while true {
            guard let scalar = scanner.current else {
                let innermost = open.last.map { "<\($0.qualifiedName)>" } ?? "the root element"
                throw XMLSyntaxError(location: open.last?.location ?? scanner.location(scanner.index), message: "the element \(innermost) is not closed")
            }
            guard scalar == "<" else {
                if text.isEmpty { textStart = scanner.index }
                if scalar == "&" {
                    text.unicodeScalars.append(try scanner.reference())
                } else {
                    guard scalar != "]" || !scanner.looks(at: "]]>") else { throw scanner.error("']]>' is not allowed in text; write ]]&gt;") }
                    text.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
                    scanner.index += 1
                }
                continue
            }
            if scanner.looks(at: "</") {
                guard var element = open.popLast() else { throw scanner.error("this end tag closes nothing") }
                flush(&text, from: textStart, into: &element)
                try endTag(of: element)
                scopes.removeLast()
                guard !open.isEmpty else { return element }
                open[open.count - 1].children.append(.element(element))
            } else if scanner.looks(at: "<!--") {
                try comment()
            } else if scanner.skip("<![CDATA[") {
                if text.isEmpty { textStart = scanner.index - 9 }
                text.unicodeScalars += try scanner.text(until: "]]>", in: "CDATA section")
            } else if scanner.looks(at: "<!") {
                throw refusedDeclaration()
            } else if scanner.looks(at: "<?") {
                try processingInstruction()
            } else {
                if !open.isEmpty { flush(&text, from: textStart, into: &open[open.count - 1]) }
                let (element, isEmpty) = try startTag()
                if isEmpty {
                    scopes.removeLast()
                    guard !open.isEmpty else { return element }
                    open[open.count - 1].children.append(.element(element))
                } else {
                    guard open.count < Self.maximumDepth else {
                        throw scanner.error("elements are nested more than \(Self.maximumDepth) deep here", at: scanner.index)
                    }
                    open.append(element)
                }
            }
        }
    }

    private func flush(_ text: inout String, from start: Int, into element: inout XMLElement) {
        guard !text.isEmpty else { return }
        element.children.append(.text(text, scanner.location(start)))
        text = ""
    }

    /// `<name attribute="value" …>` or `…/>`; opens the element's namespace scope.
    private mutating func startTag() throws(XMLSyntaxError) -> (XMLElement, isEmpty: Bool) {
        let start = scanner.index
        scanner.index += 1
        let qualifiedName = try scanner.name()
        var written: [(name: String, value: String, position: Int)] = []
        var names: Set<String> = []
        var isEmpty = false
        while true {
            let spaced = scanner.skipSpace()
            if scanner.skip("/>") { isEmpty = true; break }
            if scanner.skip(">") { break }
            guard spaced else { throw scanner.error("a space, '>' or '/>' must follow here") }
            let position = scanner.index
            let name = try scanner.name()
            guard names.insert(name).inserted else {
                throw scanner.error("the attribute \(name) is given twice; keep one", at: position)
            }
            scanner.skipSpace()
            try scanner.expect("=", "'=' and a quoted value must follow the attribute \(name)")
            scanner.skipSpace()
            written.append((name, try attributeValue(), position))
        }
        var scope = scopes[scopes.count - 1]
        for attribute in written where attribute.name == "xmlns" || attribute.name.hasPrefix("xmlns:") {
            scope[attribute.name == "xmlns" ? "" : String(attribute.name.dropFirst(6))] = attribute.value
        }
        scopes.append(scope)
        var attributes: [XMLAttribute] = []
        for attribute in written where attribute.name != "xmlns" && !attribute.name.hasPrefix("xmlns:") {
            let (namespace, local) = try resolve(attribute.name, at: attribute.position, isElement: false)
            attributes.append(XMLAttribute(namespace: namespace, name: local, value: attribute.value, location: scanner.location(attribute.position)))
        }
        let (namespace, name) = try resolve(qualifiedName, at: start + 1, isElement: true)
        let element = XMLElement(
            namespace: namespace, name: name, qualifiedName: qualifiedName,
            attributes: attributes, children: [], location: scanner.location(start))
        return (element, isEmpty)
    }

    /// A quoted attribute value, references resolved and line ends and tabs made spaces.
    mutating func attributeValue() throws(XMLSyntaxError) -> String {
        guard let quote = scanner.current, quote == "\"" || quote == "'" else {
            throw scanner.error("an attribute value must be quoted")
        }
        let start = scanner.index
        scanner.index += 1
        var value = ""
        while let scalar = scanner.current, scalar != quote {
            switch scalar {
            case "<": throw scanner.error("'<' is not allowed in an attribute value; write &lt;")
            case "&": value.unicodeScalars.append(try scanner.reference())
            default:
                value.unicodeScalars.append(XMLCharacters.isSpace(scalar) ? " " : scalar)
                scanner.index += 1
            }
        }
        guard scanner.skip(String(quote)) else { throw scanner.error("this attribute value is not closed", at: start) }
        return value
    }

    private mutating func endTag(of element: XMLElement) throws(XMLSyntaxError) {
        let start = scanner.index
        scanner.index += 2
        let name = try scanner.name()
        scanner.skipSpace()
        guard name == element.qualifiedName, scanner.skip(">") else {
            throw scanner.error("expected </\(element.qualifiedName)> to close the element opened at line \(element.location.line), column \(element.location.column)", at: start)
        }
    }

    /// The namespace and local name of a prefixed or plain name; unprefixed attributes have no
    /// namespace, unprefixed elements the default one.
    private func resolve(_ name: String, at position: Int, isElement: Bool) throws(XMLSyntaxError) -> (String?, String) {
        let parts = name.split(separator: ":")
        guard parts.count == 2 else {
            let namespace = isElement ? scopes[scopes.count - 1][""] : nil
            return (namespace?.isEmpty == true ? nil : namespace, name)
        }
        guard let namespace = scopes[scopes.count - 1][String(parts[0])], !namespace.isEmpty else {
            throw scanner.error("the namespace prefix '\(parts[0])' is not declared; add xmlns:\(parts[0])=\"…\"", at: position)
        }
        return (namespace, String(parts[1]))
    }
}
