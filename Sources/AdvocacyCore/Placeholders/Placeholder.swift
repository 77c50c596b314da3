/// A `{{…}}` tag written in a text, such as `{{vars.organisation}}` or `{{ recipient.name }}`:
/// where it is, what it names, and how it was written.
///
/// Texts keep their placeholders from the campaign file to the translator and back; only a
/// paper or a mail fills them in, when it renders the text (see ``PlaceholderScan/substituting(_:in:)``).
public struct Placeholder: Sendable, Hashable {
    /// The character after `{{` that makes the tag a section (`#`, `^`, `/`), a comment (`!`),
    /// an unescaped value (`{`, `&`) or something else Mustache knows (`>`, `<`, `$`, `=`, `%`);
    /// `nil` for a plain value.
    public var sigil: Unicode.Scalar?
    /// The name inside the braces, without sigil and blanks: `vars.organisation`.
    public var name: String
    /// Where the tag is in the text, in Unicode scalars, from `{{` to its last `}`.
    public var range: Range<Int>

    /// Creates a placeholder.
    public init(sigil: Unicode.Scalar?, name: String, range: Range<Int>) {
        self.sigil = sigil
        self.name = name
        self.range = range
    }

    /// The tag as written, without blanks: `{{vars.organisation}}`, `{{{link}}}`, `{{#urgent}}`.
    /// Two texts use the same placeholder when this is the same.
    public var written: String {
        switch sigil {
        case "{": "{{{\(name)}}}"
        case let sigil?: "{{\(sigil)\(name)}}"
        case nil: "{{\(name)}}"
        }
    }

    /// The first part of the name, before its first dot: `vars` in `vars.organisation`.
    public var namespace: Substring {
        name.prefix { $0 != "." }
    }

    /// The name after its namespace: `organisation` in `vars.organisation`; empty without a dot.
    public var path: Substring {
        guard let dot = name.firstIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...]
    }

    /// Whether the tag stands for a value to fill in (`{{name}}`, `{{{name}}}`, `{{&name}}`),
    /// rather than a section, comment or other Mustache construct.
    public var isValue: Bool {
        sigil == nil || sigil == "{" || sigil == "&"
    }

    /// Whether the name is one a campaign text may use: dot-separated words of letters,
    /// digits, `_` and `-`, the first starting with a letter or `_`.
    public var hasWellFormedName: Bool {
        if sigil == "!" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first?.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0 == "_" || $0 == "-" || $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
    }
}
