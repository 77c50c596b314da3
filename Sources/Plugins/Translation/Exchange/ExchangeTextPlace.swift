public import AdvocacyCore

/// Where a text read from an exchange file was written, character by character: a PO string
/// split over quoted lines, an XLIFF target whose text runs over several lines.
public struct ExchangeTextPlace: Sendable, Equatable {
    /// A character of the text, by its offset in Unicode scalars, and where it is in the file;
    /// the characters after it, up to the next anchor, follow it on the same line.
    struct Anchor: Sendable, Equatable {
        var offset: Int
        var location: SourceLocation
    }

    private(set) var anchors: [Anchor] = []

    /// Records that the character at `offset` is at `location`.
    mutating func anchor(_ offset: Int, at location: SourceLocation) {
        anchors.append(Anchor(offset: offset, location: location))
    }

    /// Where the character at `offset` is; `nil` before the first anchor.
    public func location(ofOffset offset: Int) -> SourceLocation? {
        guard let anchor = anchors.last(where: { $0.offset <= offset }) else { return nil }
        var location = anchor.location
        location.column += offset - anchor.offset
        return location
    }
}
