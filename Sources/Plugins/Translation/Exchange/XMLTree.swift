import AdvocacyCore

/// An element of an XML document as the strict reader gives it: names resolved to their
/// namespaces, text merged, comments and processing instructions dropped.
struct XMLElement {
    /// The element's namespace, or `nil` for none.
    var namespace: String?
    /// The local name, without prefix.
    var name: String
    /// The prefixed name as written, for messages.
    var qualifiedName: String
    /// The attributes, `xmlns` declarations left out.
    var attributes: [XMLAttribute]
    /// Text and elements, in order.
    var children: [XMLNode]
    /// Where the start tag's `<` is.
    var location: SourceLocation

    /// The value of the attribute without namespace called `name`.
    func attribute(_ name: String) -> XMLAttribute? {
        attributes.first { $0.namespace == nil && $0.name == name }
    }
}

/// An attribute, its value normalised as XML says (references resolved, line ends as spaces).
struct XMLAttribute {
    var namespace: String?
    var name: String
    var value: String
    /// Where the attribute's name is.
    var location: SourceLocation
}

/// What an element holds.
enum XMLNode {
    case element(XMLElement)
    /// Text, with references and CDATA sections resolved, and where it starts.
    case text(String, SourceLocation)
}

/// Why a document is not the well-formed, DTD-free XML the reader accepts.
struct XMLSyntaxError: Error {
    var location: SourceLocation
    var message: String
}
