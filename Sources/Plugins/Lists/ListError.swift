public import AdvocacyCore

/// Why contacts could not be read or lists not written: one diagnostic per problem, each naming
/// the file, line and column, and the kind of failure, which decides the exit status.
public struct ListError: Error, Equatable, CustomStringConvertible {
    /// Every problem found, in the order found.
    public var diagnostics: [Diagnostic]
    /// ``AdvocateError/Kind/missingInput`` when every problem is a missing file, else
    /// ``AdvocateError/Kind/invalidInput`` (or what an output failure says).
    public var kind: AdvocateError.Kind

    /// An error of `kind` made of `diagnostics`.
    public init(_ kind: AdvocateError.Kind, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// The diagnostics' first lines, one per line: `path:line:col: error: message`.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
