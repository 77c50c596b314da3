public import AdvocacyCore
import Foundation

/// The language a message is written in: one language, or two for a Belgian bilingual message
/// (`fr+nl`), which carries both texts.
public struct MailLanguage: Sendable, Hashable, CustomStringConvertible {
    /// The languages, one or two, in the order the message gives them.
    public let languages: [LanguageCode]

    /// A message in `language`.
    public init(_ language: LanguageCode) {
        languages = [language]
    }

    /// A message in `languages`, in that order.
    public init(_ languages: [LanguageCode]) {
        self.languages = languages
    }

    /// The value `fr`, `fr+nl` as a contact or an audience writes it; `nil` unless each part is
    /// a language code and no language is given twice.
    public init?(parsing text: String) {
        let parts = text.split(separator: "+", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let codes = parts.compactMap { LanguageCode($0) }
        guard (1...2).contains(parts.count), codes.count == parts.count, Set(codes).count == codes.count else { return nil }
        languages = codes
    }

    /// The language, when there is only one: what the manifest records a message's file under.
    public var single: LanguageCode? { languages.count == 1 ? languages[0] : nil }

    /// Whether the message carries two texts.
    public var isBilingual: Bool { languages.count > 1 }

    /// The languages ordered as `order` lists them, those it does not list after, as they were.
    public func ordered(by order: [LanguageCode]) -> MailLanguage {
        MailLanguage(languages.sorted { (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count) })
    }

    /// `fr`, `fr+nl`: the form a plan, a path and `Content-Language` use (with `, ` there).
    public var description: String { languages.map(\.code).joined(separator: "+") }
}
