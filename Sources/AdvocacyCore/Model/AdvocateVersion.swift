/// advocate's own version, which templates can require.
public struct AdvocateVersion: Sendable {
    /// This build's version.
    public static let current = AdvocateVersion(text: "0.1.0")

    /// The version as text, such as `0.1.0`.
    public let text: String

    /// Whether `text` is dot-separated numbers, such as `1`, `1.2` or `1.2.3`.
    static func isVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return (1...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    /// Whether this version is `minimum` or later; missing parts count as 0.
    func isAtLeast(_ minimum: String) -> Bool {
        func numbers(_ text: String) -> [Int] {
            let parts = text.split(separator: ".").compactMap { Int($0) }
            return parts + Array(repeating: 0, count: max(0, 3 - parts.count))
        }
        return numbers(text).lexicographicallyPrecedes(numbers(minimum)) == false
    }
}
