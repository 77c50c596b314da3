public import AdvocacyCore

/// Which language's text of a mailing readers of one language get, under the campaign's
/// translation policy: their own when it may go out, else the first of their fallback chain
/// that may, when the policy lets a text go out in a fallback language; or why there is none.
public enum MailingTextChoice: Sendable, Equatable {
    /// The subject and body in `language` (the reader's own, or a fallback).
    case text(in: LanguageCode)
    /// No text may go out to readers of that language; the reason in a sentence.
    case heldBack(String)

    /// The choice for readers of `language` of `mailing`, given `status` (the campaign's
    /// translation status).
    public static func choose(for language: LanguageCode, of mailing: Mailing, in campaign: Campaign, status: TranslationStatus) -> MailingTextChoice {
        let keys = ["mailings.\(mailing.id.value).subject", "mailings.\(mailing.id.value).body"]
        func problem(in language: LanguageCode) -> TranslationPolicy.Allowance? {
            guard language != campaign.sourceLanguage else { return nil }
            let states = (status.entries[language] ?? []).filter { keys.contains($0.key) }.map(\.state)
            let missing = keys.contains { key in !(status.entries[language] ?? []).contains { $0.key == key } } || states.contains(.missing)
            if missing { return .missing }
            if states.contains(.stale) { return .stale }
            if states.contains(.machine) { return .machine }
            return nil
        }
        let policy = campaign.translationPolicy
        guard let own = problem(in: language), !policy.allows(own, in: language) else { return .text(in: language) }
        guard policy.allows(.missing, in: language) else {
            return .heldBack("its \(language.code) text is \(own.rawValue), and the translation policy for \(language.code) lets neither \(own.rawValue) texts nor fallbacks go out")
        }
        for fallback in campaign.fallbackChain(for: language) {
            guard let found = problem(in: fallback) else { return .text(in: fallback) }
            if policy.allows(found, in: fallback) { return .text(in: fallback) }
        }
        return .heldBack("its \(language.code) text is \(own.rawValue), and no language it falls back to has a text the policy lets go out")
    }
}
