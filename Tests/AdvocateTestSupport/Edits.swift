import Foundation
public import Testing

extension String {
    /// The text with the first `old` replaced by `new`; records a test issue if `old` is absent,
    /// so a test can never silently check an unchanged file.
    public func replacingOnce(_ old: String, with new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        guard let range = range(of: old) else {
            Issue.record("the sample has no \(old.debugDescription) to replace", sourceLocation: sourceLocation)
            return self
        }
        return replacingCharacters(in: range, with: new)
    }
}
