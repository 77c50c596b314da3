/// A language, as a two-letter ISO 639-1 code such as `fr`, `nl` or `en`.
public struct LanguageCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The code, lowercase.
    public let code: String

    /// A code known to ISO 639-1, or `nil`.
    public init?(_ code: String) {
        guard ISO639.codes.contains(code) else { return nil }
        self.code = code
    }

    /// A code taken as given, for a value already reported as invalid: decoding goes on so
    /// that the rest of the file is still checked.
    init(unchecked code: String) {
        self.code = code
    }

    public var description: String { code }

    /// The language's English name, for messages ("Dutch (nl)"); the code alone if unknown.
    public var displayName: String {
        ISO639.englishNames[code].map { "\($0) (\(code))" } ?? code
    }

    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.code < rhs.code }
}
