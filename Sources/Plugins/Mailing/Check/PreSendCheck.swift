public import AdvocacyCore

/// The check a mailing passes before any message of it is written (by `build`) or sent (by
/// `send`): an unsubscribe link and a postal address, every placeholder resolved for every
/// recipient, the translation policy met, subjects of a sane length, no line break in a value
/// bound for a header, the attachments present and of a sane size. Problems of the mailing
/// point at the campaign's file:line; recipients whose fields are missing are named with their
/// row. Recipients a header value or the policy rules out are left out, with the reason, and
/// do not fail the check.
public struct PreSendCheck {
    /// The mailing's id.
    public let mailing: String
    /// What fails the check: the mailing's problems, then one per recipient lacking fields.
    public let failures: [Diagnostic]
    /// Everyone left out, with why, in the list's order.
    public let leftOut: [Rejection]
    /// Messages that will be written, per language they are in (`fr`, `fr+nl`).
    public let counts: [(language: MailLanguage, count: Int)]
    /// Recipients who read a language this build does not write (`build --lang`): no message of
    /// theirs is written by it.
    public let otherLanguages: Int

    /// At most this many recipients lacking fields are named one by one; the rest are counted.
    public static let namedRecipients = 20

    /// Whether the mailing may go out.
    public var passed: Bool { failures.isEmpty }

    /// Checks `composer`'s mailing over `list`, its audience's list, one recipient at a time.
    public init(_ composer: MailingComposer, list: AudienceList) {
        mailing = composer.mailing.id.value
        var failures = composer.problems, leftOut: [Rejection] = [], counts: [MailLanguage: Int] = [:]
        var incomplete = 0, otherLanguages = 0
        for recipient in list.recipients {
            switch composer.addressee(for: recipient) {
            case .ready(let addressee)?: counts[addressee.language, default: 0] += 1
            case .leftOut(let rejection)?: leftOut.append(rejection)
            case .incomplete(let address, let fields)?:
                incomplete += 1
                guard incomplete <= Self.namedRecipients else { continue }
                let origin = recipient.contact.origin
                failures.append(.error(
                    "mailing '\(mailing)': \(address) has no value for \(fields.map { "{{\($0)}}" }.joined(separator: ", ")); fill the column in the export, or take the placeholder out of the text",
                    at: SourceLocation(file: origin.file, line: origin.line, column: 1)))
            case nil: otherLanguages += 1
            }
        }
        if incomplete > Self.namedRecipients {
            failures.append(.error(
                "mailing '\(mailing)': \(incomplete - Self.namedRecipients) more recipients lack values for the mailing's placeholders",
                at: composer.mailing.id.location))
        }
        self.failures = failures
        self.leftOut = leftOut
        self.otherLanguages = otherLanguages
        self.counts = counts.keys.sorted { composer.rank($0).lexicographicallyPrecedes(composer.rank($1)) }.map { ($0, counts[$0]!) }
    }

    /// The error a failed check is: invalid input (65), every failure listed.
    public var error: AdvocateError? {
        guard !passed else { return nil }
        return AdvocateError(.invalidInput, "mailing '\(mailing)' fails the pre-send check; no message of it is written", diagnostics: failures)
    }
}

extension MailingComposer {
    /// Where `language` comes among the campaign's languages, bilingual messages after the
    /// languages they are made of.
    func rank(_ language: MailLanguage) -> [Int] {
        language.languages.map { order.firstIndex(of: $0) ?? order.count }
    }
}
