import AdvocacyCore
import Foundation

/// One run of the mailing stage: every mailing checked first, then, only if all pass, each
/// one's messages streamed to disk one at a time and its proof sheets written.
enum MailingRun {
    static func run(in context: inout BuildContext, format: MailingOptions.Format, environment: [String: String]) throws {
        guard let contacts = context.products[CampaignContacts.self] else {
            throw AdvocateError(.internalError, "the mailing stage ran without the audiences the lists stage resolves")
        }
        let campaign = context.campaign
        let pdfs = context.products[PositionPapers.self]?.pdfs ?? [:]
        var checked: [(composer: MailingComposer, list: AudienceList, check: PreSendCheck)] = []
        var failures: [Diagnostic] = []
        var secret: [UInt8]?
        for mailing in campaign.mailings {
            // An audience that selects no contacts has no one to write to yet; `plan` says so.
            guard let list = contacts.lists.first(where: { $0.spec.id == mailing.audience.value }) else { continue }
            if secret == nil { secret = try UnsubscribeSecret.read(from: environment) }
            let date = try SendDate.of(mailing, in: campaign, environment: environment)
            let composer = MailingComposer(
                mailing, of: campaign, partner: context.partner, book: contacts.book, languages: context.languages,
                pdfs: pdfs, date: date, secret: secret ?? [])
            let check = PreSendCheck(composer, list: list)
            failures += check.failures
            checked.append((composer, list, check))
        }
        guard failures.isEmpty else {
            let names = checked.filter { !$0.check.passed }.map { "'\($0.check.mailing)'" }.joined(separator: ", ")
            throw AdvocateError(.invalidInput, "the pre-send check fails for mailing \(names); no message is written", diagnostics: failures)
        }
        for (composer, list, check) in checked {
            let samples = try write(composer, list: list, format: format, in: &context)
            for sample in samples {
                let proof = try ProofSheet(composer: composer, sample: sample, check: check)
                try context.write(proof.html, to: "mailings/\(composer.mailing.id.value)/proof-\(sample.language).html", language: sample.language.single)
            }
            if check.otherLanguages > 0 {
                context.warnings.append(.warning(
                    "mailing '\(composer.mailing.id.value)': this build of \(context.languages.map(\.code).joined(separator: ", ")) writes no message for \(check.otherLanguages) recipient\(check.otherLanguages == 1 ? "" : "s") reading other languages; a message in one other language is kept from the previous build, a bilingual one only a build of all its languages writes",
                    at: composer.mailing.id.location))
            }
            if !check.leftOut.isEmpty {
                context.warnings.append(.warning(
                    "mailing '\(composer.mailing.id.value)' leaves out \(check.leftOut.count) recipient\(check.leftOut.count == 1 ? "" : "s"); 'advocate plan \(campaign.id.value) --mailing \(composer.mailing.id.value)' says who and why",
                    at: composer.mailing.id.location))
            }
        }
    }

    /// Writes every message of `composer`'s mailing, one recipient at a time, and returns the
    /// first recipient of each language, for the proof sheets.
    private static func write(
        _ composer: MailingComposer, list: AudienceList, format: MailingOptions.Format, in context: inout BuildContext
    ) throws -> [Addressee] {
        let id = composer.mailing.id.value
        var samples: [MailLanguage: Addressee] = [:]
        var encoder = MessageEncoder(lineBreaks: format == .mbox ? .lf : .crlf)
        var buffer: [UInt8] = []
        func encode(_ addressee: Addressee) throws(AdvocateError) {
            buffer.removeAll(keepingCapacity: true)
            do throws(MessageError) {
                try encoder.encode(addressee.template, headers: addressee.headers, values: addressee.values, into: &buffer)
            } catch {
                throw AdvocateError(.invalidInput, "mailing '\(id)': the message to \(addressee.recipient.contact.email) cannot be written: \(error)")
            }
            if samples[addressee.language] == nil { samples[addressee.language] = addressee }
        }
        switch format {
        case .eml:
            for recipient in list.recipients {
                guard case .ready(let addressee)? = composer.addressee(for: recipient) else { continue }
                try encode(addressee)
                try context.write(buffer, to: "mailings/\(id)/\(addressee.language)/\(addressee.fileKey).eml", language: addressee.language.single)
            }
        case .mbox:
            try context.writeStreaming(to: "mailings/\(id)/mailbox.mbox") { sink throws(AdvocateError) in
                var mailbox = MailboxWriter(sink, date: composer.date)
                for recipient in list.recipients {
                    guard case .ready(let addressee)? = composer.addressee(for: recipient) else { continue }
                    try encode(addressee)
                    try mailbox.append(buffer)
                }
                try mailbox.finish()
            }
        }
        return samples.values.sorted { composer.rank($0.language).lexicographicallyPrecedes(composer.rank($1.language)) }
    }
}
